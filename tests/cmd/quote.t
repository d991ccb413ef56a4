# wk-quote: every pattern of issue 6, one case each (see man/wk-quote.1).
# Inputs are invented news sentences.

=== after, speaker after said
$ wk-quote
< "The bridge will reopen in May," Mayor Lena Ortiz said.
> -	1	1	31	direct	said	Lena Ortiz	33	49	The bridge will reopen in May,

=== after, inverted said
$ wk-quote
< "We are not leaving," said union leader Tomas Reyes.
> -	1	1	20	direct	said	Tomas Reyes	27	51	We are not leaving,

=== after, pronoun he with a named man before
$ wk-quote
< Karl Jensen praised the crew. "They did well," he said.
> -	1	31	45	direct	said	Karl Jensen	47	49	They did well,

=== after, pronoun she skips a man
$ wk-quote
< Maria Lopez met Peter Hall on Monday. "It was a good talk," she said.
> -	1	39	58	direct	said	Maria Lopez	60	63	It was a good talk,

=== after, said in a statement
$ wk-quote
< "Services resume at noon," the ministry said in a statement.
> -	1	1	25	direct	said	the ministry	27	39	Services resume at noon,

=== after, told an outlet
$ wk-quote
< "We had no warning at all," the farmer told Radio Ten.
> -	1	1	26	direct	told	the farmer	28	38	We had no warning at all,

=== after, question mark and asked
$ wk-quote
< "Who pays for this?" asked councillor Bea Lund.
> -	1	1	19	direct	asked	Bea Lund	27	46	Who pays for this?

=== after, appositive
$ wk-quote
< "Prices will rise again," said Ana Pike, an economist at Fenwick Bank.
> -	1	1	24	direct	said	Ana Pike	31	39	Prices will rise again,

=== after, wrote in a Facebook post
$ wk-quote
< "Thank you all," singer Mara Quill wrote in a Facebook post.
> -	1	1	15	direct	wrote	Mara Quill	17	34	Thank you all,

=== after, adverb between speaker and cue
$ wk-quote
< "We will be back," Reyes later told reporters.
> -	1	1	17	direct	told	Reyes	19	24	We will be back,

=== after, British single quotes
$ wk-quote
< 'We must act now,' Prime Minister Ana Costa said.
> -	1	1	17	direct	said	Ana Costa	19	43	We must act now,

=== after, surname resolved to full name
$ wk-quote
< Defence Minister Oleg Brandt visited the base. "The numbers are clear," Brandt said.
> -	1	48	70	direct	said	Oleg Brandt	72	78	The numbers are clear,

=== before, colon
$ wk-quote
< Health Minister Aiko Brandt said: "Vaccines arrive next week."
> -	1	35	61	direct	said	Aiko Brandt	0	27	Vaccines arrive next week.

=== before, comma
$ wk-quote
< Mayor Lena Ortiz said, "The bridge is safe."
> -	1	24	43	direct	said	Lena Ortiz	0	16	The bridge is safe.

=== before, according to
$ wk-quote
< According to police chief Omar Lind, "the car was found on Tuesday."
> -	1	38	67	direct	according to	Omar Lind	13	35	the car was found on Tuesday.

=== before, told outlet colon
$ wk-quote
< US envoy Steve Witkoff told Fox News: "There will be real progress."
> -	1	39	67	direct	told	Steve Witkoff	0	22	There will be real progress.

=== before, wrote in a post colon
$ wk-quote
< The president wrote in a Facebook post: "We will not give up."
> -	1	41	61	direct	wrote	The president	0	13	We will not give up.

=== before, title and name
$ wk-quote
< Kremlin spokesman Dmitry Peskov said: "Talks are going well."
> -	1	39	60	direct	said	Dmitry Peskov	0	31	Talks are going well.

=== split quote, both pieces
$ wk-quote
< "The numbers are clear," Brandt said, "and they are not good."
> -	1	1	23	direct	said	Brandt	25	31	The numbers are clear,
> -	1	39	61	direct	said	Brandt	25	31	and they are not good.

=== dash attribution
$ wk-quote
< "The lights went out all at once." — station manager Ruth Cole
> -	1	1	33	direct		Ruth Cole	39	64	The lights went out all at once.

=== quote-only paragraph inherits
$ wk-quote
<< "We found the car," Police chief Omar Lind said.\n\n"Two people have been questioned."\n
> -	1	1	18	direct	said	Omar Lind	20	42	We found the car,
> -	2	51	83	direct		Omar Lind	20	42	Two people have been questioned.

=== quote-only paragraph after reported speech
$ wk-quote
<< Mayor Lena Ortiz said repairs were on schedule.\n\n"Work on the deck starts Monday."\n
> -	1	50	81	direct		Lena Ortiz	0	16	Work on the deck starts Monday.

=== quote-only paragraph, other speaker between: none
$ wk-quote
<< "We found the car," Omar Lind said.\n\nThe mayor thanked the police.\n\n"Two people have been questioned."\n
> -	1	1	18	direct	said	Omar Lind	20	29	We found the car,
> -	2	69	101	direct					Two people have been questioned.

=== multi-paragraph quotation
$ wk-quote
<< Police chief Omar Lind said: "We found the car on Tuesday.\n\n"Two people have been questioned.\n\n"No charges have been filed."\n
> -	1	30	58	direct	said	Omar Lind	0	22	We found the car on Tuesday.
> -	1	61	93	direct	said	Omar Lind	0	22	Two people have been questioned.
> -	1	96	123	direct	said	Omar Lind	0	22	No charges have been filed.

=== partial, called
$ wk-quote
< Ukrainian Defense Minister Rustem Umerov called the session "constructive and meaningful."
> -	1	61	89	partial	called	Rustem Umerov	0	40	constructive and meaningful.

=== partial, said that
$ wk-quote
< Zelenskyy said in televised remarks that "our team is working in a constructive manner."
> -	1	42	87	partial	said	Zelenskyy	0	9	our team is working in a constructive manner.

=== partial, described as
$ wk-quote
< The envoy described the talks as "constructive and useful" but gave no date.
> -	1	34	57	partial	described	The envoy	0	9	constructive and useful

=== partial, one official
$ wk-quote
< They will meet separately, in what one US official said would be "shuttle diplomacy."
> -	1	66	84	partial	said	one US official	35	50	shuttle diplomacy.

=== not a quote: so-called
$ wk-quote
< The so-called "peace plan" has no support.

=== not a quote: film title
$ wk-quote
< She starred in the film "Winter on Fire" last year.

=== --all prints them as other
$ wk-quote --all
< The so-called "peace plan" has no support.
> -	1	15	25	other					peace plan

=== apostrophes are no marks
$ wk-quote
< Fans of rock 'n' roll from the '80s joined the players' union rally. Don't stop.

=== curly apostrophes are no marks
$ wk-quote
< Fans of rock ’n’ roll from the ’80s joined the players’ union rally.

=== nested single in double
$ wk-quote
< "He told me 'never again' and walked out," Rivera said.
> -	1	1	41	direct	said	Rivera	43	49	He told me 'never again' and walked out,

=== nested straight double
$ wk-quote
< "They called it "a disaster" on day one," Reyes said.
> -	1	1	40	direct	said	Reyes	42	47	They called it "a disaster" on day one,

=== guillemets
$ wk-quote
< «We will stay until the end,» protest organiser Anouk Merle said.
> -	1	2	29	direct	said	Anouk Merle	32	61	We will stay until the end,

=== low-high marks
$ wk-quote
< „The vote was fair,” said election official Ivo Marek.
> -	1	3	21	direct	said	Ivo Marek	30	57	The vote was fair,

=== curly double
$ wk-quote
< “We are not leaving,” said union leader Tomas Reyes.
> -	1	3	22	direct	said	Tomas Reyes	31	55	We are not leaving,

=== mixed straight and curly
$ wk-quote
< “The discussion was productive," Umerov said.
> -	1	3	33	direct	said	Umerov	35	41	The discussion was productive,

=== single guillemets
$ wk-quote
< ‹We will stay,› organiser Anouk Merle said.
> -	1	3	16	direct	said	Anouk Merle	20	41	We will stay,

=== unclosed quote reports nothing
$ wk-quote
<< He said "we will win and then left.\n\nThe end.\n

=== unbalanced marks of mixed kinds
$ wk-quote
< « " ” ‹ ' ‘ „ » «

=== organisation speaker
$ wk-quote
< The transport ministry said in a statement: "Services will resume at noon."
> -	1	45	74	direct	said	The transport ministry	0	22	Services will resume at noon.

=== unnamed speaker phrase
$ wk-quote
< "The border is calm," a Ukrainian official said.
> -	1	1	20	direct	said	a Ukrainian official	22	42	The border is calm,

=== indirect is off by default
$ wk-quote
< The governor said that property taxes would not rise next year.

=== --indirect said that
$ wk-quote --indirect
< The governor said that property taxes would not rise next year.
> -	1	23	62	indirect	said	The governor	0	12	property taxes would not rise next year

=== --indirect according to
$ wk-quote --indirect
< The plant will close by March, according to company spokesman Piet Vos.
> -	1	0	29	indirect	according to	Piet Vos	44	70	The plant will close by March

=== --indirect bare clause
$ wk-quote --indirect
< Interior ministry spokesman Karl Jensen said the border was calm.
> -	1	45	64	indirect	said	Karl Jensen	0	39	the border was calm

=== unattributed whole sentence is direct
$ wk-quote
< The hall fell silent. "We have lost everything we had." Nobody answered.
> -	1	23	54	direct					We have lost everything we had.
