# wk-quote: titles off speakers' names, participles with subjects of their own.

=== a title off a lone surname widened from the text (Chair)
$ wk-quote
< Chair Maria Lopez opened the hearing. "We will be brief," Lopez said.
> -	1	39	56	direct	said	Maria Lopez	58	63	We will be brief,

=== Chief Executive Officer is all title
$ wk-quote
< Chief Executive Officer Dana Whitfield announced the cuts. "This was painful," Whitfield said.
> -	1	60	77	direct	said	Dana Whitfield	79	88	This was painful,

=== a hyphenated title: Secretary-General
$ wk-quote
< NATO Secretary-General Piet Vermeer arrived late. "We stand together," Vermeer told reporters.
> -	1	51	69	direct	told	Piet Vermeer	71	78	We stand together,

=== an abbreviated title: Gov.
$ wk-quote
< Gov. Ruth Callahan toured the flooded towns. "The water is still rising," Callahan said.
> -	1	46	72	direct	said	Ruth Callahan	74	82	The water is still rising,

=== a title of a department: Secretary of State
$ wk-quote
< Secretary of State Lionel Graves flew to Cairo. "Talks continue," Graves said.
> -	1	49	64	direct	said	Lionel Graves	66	72	Talks continue,

=== a participle after with and a name takes it as subject
$ wk-quote
< The court upheld the ban, with Justice Ellen Marsh writing that it was "plainly lawful."
> -	1	72	87	partial	writing	Ellen Marsh	31	50	plainly lawful.

=== a participle after a comma and with takes a common noun subject
$ wk-quote
< Prices rose again in October, with economists saying the jump was "no surprise."
> -	1	67	79	partial	saying	economists	35	45	no surprise.

=== a name after to is no subject of the participle
$ wk-quote
< The union sent a letter to Mayor Owen Kemp saying the deal was "dead."

=== the spokesman's name set off by commas is the speaker
$ wk-quote
< Prime Minister Ada Lind condemned the vote. "It is a dark day," her spokesman, Tomas Berg, said in a statement.
> -	1	45	62	direct	said	Tomas Berg	79	89	It is a dark day,

=== calling it: the fragment takes the sentence's subject
$ wk-quote
< Opposition leader Marta Kell rejected the budget, calling it "a fantasy."
> -	1	62	72	partial	calling	Marta Kell	0	28	a fantasy.

=== describing as: the fragment takes the sentence's subject
$ wk-quote
< Mayor Ines Halloway toured the site, describing the damage as "worse than in 2011."
> -	1	63	82	partial	describing	Ines Halloway	0	19	worse than in 2011.

=== a participial aside between a titled name and said
$ wk-quote
< Wages climbed 4%, and Labor Secretary Nadia Ferris, speaking in Ohio, said the gains were "real and lasting."
> -	1	91	108	partial	said	Nadia Ferris	22	50	real and lasting.

=== a surname given first, widened forward after a title
$ wk-quote
< Chinese Premier Li Qiang opened the forum in Tianjin. "Growth will stay steady," Li told the delegates.
> -	1	55	79	direct	told	Li Qiang	81	83	Growth will stay steady,

=== a given name used alone, widened forward after a title
$ wk-quote
< Ethiopian Prime Minister Abiy Ahmed flew to Nairobi. Abiy said the talks were "frank and useful."
> -	1	79	96	partial	said	Abiy Ahmed	53	57	frank and useful.

=== a name with von der in it is a person, not a noun phrase
$ wk-quote
< Commission Vice President Margrethe von der Aue said the new rules were "fair to all."
> -	1	73	85	partial	said	Margrethe von der Aue	0	47	fair to all.

=== Jean may be a man
$ wk-quote
< The Fed board met on Monday. Governor Jean Tardieu spoke first. "Rates are high enough," he said.
> -	1	65	87	direct	said	Jean Tardieu	89	91	Rates are high enough,

=== a name followed by a place is not widened forward without a title
$ wk-quote
< Protesters marched past Trump Tower on Sunday. "I welcome the debate," Trump said.
> -	1	48	69	direct	said	Trump	71	76	I welcome the debate,

=== an abbreviated title after said, and of ends the name
$ wk-quote
< "The levee held," said Lt. Marcus Bell of the Louisiana National Guard. "We got lucky."
> -	1	1	16	direct	said	Marcus Bell	23	38	The levee held,
> -	2	73	86	direct		Marcus Bell	23	38	We got lucky.

=== an initial inside a name after said
$ wk-quote
< "Nobody saw this coming," said Ana R. Castillo of Meridian Capital.
> -	1	1	24	direct	said	Ana R. Castillo	31	46	Nobody saw this coming,

=== a name after a common noun is a person even inside an organisation's name
$ wk-quote
< "It is a sound plan," said Bank of Montreal economist Priya Nair.
> -	1	1	20	direct	said	Priya Nair	27	64	It is a sound plan,

=== a long relative clause set off by commas between speaker and cue
$ wk-quote
< A city official, who was not authorized to discuss the negotiations publicly and spoke on condition of anonymity, said the offer was "not serious."
> -	1	134	146	partial	said	A city official	0	15	not serious.

=== Secretary of is a title before a name after said
$ wk-quote
< "Prices will ease," said Secretary of Commerce Dale Hooper.
> -	1	1	18	direct	said	Dale Hooper	25	58	Prices will ease,

=== an age before the speaker's name after said
$ wk-quote
< "The rent doubled in a year," said 31-year-old nurse Grace Wanjiru, who moved out in March.
> -	1	1	28	direct	said	Grace Wanjiru	35	66	The rent doubled in a year,

=== two abbreviated titles after said
$ wk-quote
< "Supply lines are open," said Maj. Gen. Ilan Dror, the logistics chief.
> -	1	1	23	direct	said	Ilan Dror	30	49	Supply lines are open,

=== a long title with two abbreviations before the name and said
$ wk-quote
< "We regret the delay," Navy spokesperson Lt. Cmdr. Rosa Vidal said.
> -	1	1	21	direct	said	Rosa Vidal	23	61	We regret the delay,

=== a state after the name
$ wk-quote
< "The bill is dead," said Rep. Tom Kessler, R-Ohio, after the vote.
> -	1	1	18	direct	said	Tom Kessler	25	41	The bill is dead,

=== an irregular past tense ends the subject of a participle
$ wk-quote
< The regulator left its forecast unchanged, noting that demand was "softer than hoped."
> -	1	67	85	partial	noting	The regulator	0	13	softer than hoped.

=== dismissed as labels a fragment
$ wk-quote
< The governor dismissed the audit as "a partisan hit job."
> -	1	37	56	partial	dismissed	The governor	0	12	a partisan hit job.

=== signaled reports speech
$ wk-quote
< Bond yields fell after Lagarde signaled that the bank was "in a good place."
> -	1	59	75	partial	signaled	Lagarde	23	30	in a good place.

=== she after an unnamed speaker of reported speech, with no person between
$ wk-quote
< Mayor Lena Ortiz unveiled the budget on Monday. A city spokeswoman said later that no layoffs were planned. Asked about pensions, she said: "Nothing has been decided."
> -	1	141	166	direct	said	A city spokeswoman	130	133	Nothing has been decided.

=== a person named after the unnamed speaker is the antecedent
$ wk-quote
< A city spokeswoman said no layoffs were planned. Mayor Lena Ortiz disagreed. "We must cut," she said.
> -	1	78	90	direct	said	Lena Ortiz	92	95	We must cut,

=== the and a title stand for the name that title was written before
$ wk-quote
< Prime Minister Tomas Lind met union leaders on Monday. Asked about strikes, the prime minister said: "My door is open."
> -	1	102	118	direct	said	Tomas Lind	76	94	My door is open.

=== a title with no titled name before stays a phrase
$ wk-quote
< Asked about the strike, the president of the union said: "We will not back down."
> -	1	58	80	direct	said	the president of the union	24	50	We will not back down.

=== a quoted sign in the attribution's sentence does not end the speaker's run
$ wk-quote
< "The clinic is closed," said Joan Meyer, who pointed to a sign reading "No walk-ins." "We have nowhere else to go."
> -	1	1	22	direct	said	Joan Meyer	29	39	The clinic is closed,
> -	2	87	114	direct		Joan Meyer	29	39	We have nowhere else to go.

=== quoted X as saying: the speaker is the one quoted
$ wk-quote
< State media quoted Energy Minister Omar Haddad as saying the outages were "temporary and under control."
> -	1	75	103	partial	saying	Omar Haddad	19	46	temporary and under control.

=== a question, then a name and a cue the splitter may part from it
$ wk-quote
< "Who pays for this?" Ortega asked the council. "Not the taxpayers, I hope."
> -	1	1	19	direct	asked	Ortega	21	27	Who pays for this?
> -	2	48	74	direct		Ortega	21	27	Not the taxpayers, I hope.

=== condemned as labels a fragment
$ wk-quote
< Foreign Minister Lina Haddad condemned the sanctions as "economic warfare against ordinary people."
> -	1	57	98	partial	condemned	Lina Haddad	0	28	economic warfare against ordinary people.
