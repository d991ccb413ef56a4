# wk-quote: attribution beyond the first patterns of issue 6.

=== a quoted sentence right after an attributed one keeps the speaker
$ wk-quote
< "We won," Harcourt said. "And I think we will win again."
> -	1	1	8	direct	said	Harcourt	10	18	We won,
> -	2	26	56	direct		Harcourt	10	18	And I think we will win again.

=== a cue in between ends the run of the speaker
$ wk-quote
< "We won," Harcourt said. Officials said nothing. "And we will win again."
> -	1	1	8	direct	said	Harcourt	10	18	We won,
> -	2	50	72	direct					And we will win again.

=== a colon at the end of the paragraph before
$ wk-quote
<< The Warden did not look up, but said:\n\n"If that is imprudence, I wonder what is not."\n
> -	1	40	84	direct	said	The Warden	0	10	If that is imprudence, I wonder what is not.

=== a participle after a comma takes the subject
$ wk-quote
< His father accepted the award for him, saying, "It has been quite a day."
> -	1	48	72	direct	saying	His father	0	10	It has been quite a day.

=== a participle without a comma has no speaker
$ wk-quote
< The group left a note saying "divine justice."

=== a day between speaker and cue
$ wk-quote
< Senator John McCain Thursday called the plan "a disgrace."
> -	1	46	57	partial	called	John McCain	0	19	a disgrace.

=== a person that does not head the phrase is not the speaker
$ wk-quote
< The Bush administration claims "the surge" has worked.
> -	1	32	41	partial	claims	The Bush administration	0	23	the surge

=== a capitalised verb after a word is a name
$ wk-quote
< They want a clear answer from the United States on the "road map" plan.

=== a noun after a determiner is no cue
$ wk-quote
< The president wrote in a Facebook post: "We will not give up."
> -	1	41	61	direct	wrote	The president	0	13	We will not give up.

=== a weak cue right before a colon
$ wk-quote
< Smith continued: "No, we will not."
> -	1	18	34	direct	continued	Smith	0	5	No, we will not.

=== two quotations in a row, each with its own speaker
$ wk-quote
< "Yes," said Ana Pike. "No," said Tomas Reyes.
> -	1	1	5	direct	said	Ana Pike	12	20	Yes,
> -	2	23	26	direct	said	Tomas Reyes	33	44	No,

=== a pronoun resolved across a paragraph
$ wk-quote
<< Serhiy Taran is a political analyst in Kyiv.\n\n"I think little will change," he said.\n
> -	1	47	74	direct	said	Serhiy Taran	76	78	I think little will change,

=== a pronoun with no antecedent keeps its mention, not a name
$ wk-quote
< "It was cold," she said.
> -	1	1	13	direct	said		15	18	It was cold,

=== a quoted sentence after reported speech keeps its speaker
$ wk-quote
< Mr. Olmert says if there is no partner, Israel will withdraw. "We will have to act on the basis of a broad consensus."
> -	1	63	117	direct		Olmert	0	10	We will have to act on the basis of a broad consensus.

=== a quoted title is no sentence
$ wk-quote
< She will get the lyrics to their biggest hit, "Smells Like Teen Spirit."

=== a speaker phrase goes on over "of" after a noun
$ wk-quote
< "We are ready," the head of the agency said.
> -	1	1	14	direct	said	the head of the agency	16	38	We are ready,

=== a name after "for" does not head the phrase
$ wk-quote
< A spokeswoman for British Prime Minister Tony Blair said: "No, not yet."
> -	1	59	71	direct	said	A spokeswoman for British Prime Minister Tony Blair	0	51	No, not yet.

=== a capitalised title with "of" is still a title
$ wk-quote
< Secretary of State Condoleezza Rice said: "Yes, we will."
> -	1	43	56	direct	said	Condoleezza Rice	0	35	Yes, we will.

=== a name set off by commas after a noun phrase is the speaker
$ wk-quote
< "We will respond," the ministry's spokeswoman, Maria Zakharova, said at a briefing.
> -	1	1	17	direct	said	Maria Zakharova	47	62	We will respond,

=== an age set off by commas is not
$ wk-quote
< "It's over," Smith, 62, told Reuters on Tuesday.
> -	1	1	11	direct	told	Smith	13	18	It's over,

=== two quoted fragments of one speaker
$ wk-quote
< John Smith said the deal was "a disaster" and "a shame."
> -	1	30	40	partial	said	John Smith	0	10	a disaster
> -	2	47	55	partial	said	John Smith	0	10	a shame.

=== a pronoun with no person takes the phrase of the speaker before it
$ wk-quote
<< "We are ready," a spokesman said.\n\n"We will win," he added.\n
> -	1	1	14	direct	said	a spokesman	16	27	We are ready,
> -	2	36	48	direct	added	a spokesman	50	52	We will win,

=== hard-wrapped text: the speaker on the next line
$ wk-quote
<< "We will not accept this," said\nMayor Lena Ortiz on Tuesday.\n
> -	1	1	25	direct	said	Lena Ortiz	32	48	We will not accept this,

=== a sentence on the next line is not the attribution
$ wk-quote
<< in what one official said would be "shuttle diplomacy."\nSome observers say this could work.\n
> -	1	36	54	partial	said	one official	8	20	shuttle diplomacy.

=== a pronoun stands for a surname whose full name is paragraphs back
$ wk-quote
<< Kremlin spokesman Dmitry Orlov spoke on Monday. The talks went on. Analyst Anna Berg disagreed. The delegates left.\n\nIn Moscow, it was Orlov who doused hopes of a deal. "One should not hope for much," he said.\n
> -	1	170	199	direct	said	Dmitry Orlov	201	203	One should not hope for much,

=== an organisation speaker gives its canon
$ wk-quote
< The U.S. said: "We will act."
> -	1	16	28	direct	said	United States	0	8	We will act.

=== a quoted title with small words in lower case is no sentence
$ wk-quote
< The charges stem from an article entitled, "Coups in Africa Do Not Occur Out of Nothing."

=== a name and a colon, as in headlines
$ wk-quote
< Dmitry Peskov: "Talks are going well."
> -	1	16	37	direct		Dmitry Peskov	0	13	Talks are going well.

=== a word and a colon that are no name
$ wk-quote
< Note: "Prices will rise again next year."
> -	1	7	40	direct					Prices will rise again next year.

=== according to after the quotation
$ wk-quote
< "We will not give up," according to a statement from the ministry.
> -	1	1	21	direct	according to	a statement	36	47	We will not give up,

=== a split quotation with the cue before its speaker: the second half too
$ wk-quote
< "It is a disaster," said Lindsey Graham, a senator from South Carolina, "and the president owns it."
> -	1	1	18	direct	said	Lindsey Graham	25	39	It is a disaster,
> -	1	73	99	direct	said	Lindsey Graham	25	39	and the president owns it.

=== a capitalised word before a capitalised one is a name, not a cue
$ wk-quote
< "We have been clear," State Department spokesman Ned Price said.
> -	1	1	20	direct	said	Ned Price	22	58	We have been clear,

=== reported speech that opens with "According to X,"
$ wk-quote --indirect
< According to the World Bank, growth will slow this year.
> -	1	29	55	indirect	according to	World Bank	13	27	growth will slow this year
