# wk-ent: named entities. Rows: keys, start end type canon text.

=== raw text: people, places, canonical names
$ wk-ent
< President Volodymyr Zelenskyy met Dmitry Peskov in Moscow. Peskov said the US would talk.
> -	10	29	PERSON	Volodymyr Zelenskyy	Volodymyr Zelenskyy
> -	34	47	PERSON	Dmitry Peskov	Dmitry Peskov
> -	51	57	LOC	Moscow	Moscow
> -	59	65	PERSON	Dmitry Peskov	Peskov
> -	75	77	LOC	United States	US
!!

=== header, TSV keys carried
$ wk-ent -t -H
< id	text
< a1	Rain fell on London.
> id	start	end	type	canon	text
> a1	13	19	LOC	London	London

=== -T keeps only the listed types
$ wk-ent -T PERSON
< Dmitry Peskov spoke in Moscow.
> -	0	13	PERSON	Dmitry Peskov	Dmitry Peskov

=== possessives are not part of the name, straight or curly
$ wk-ent -T LOC
< Ukraine’s army and Russia's navy.
> -	0	7	LOC	Ukraine	Ukraine
> -	21	27	LOC	Russia	Russia

=== inner punctuation stays in a name: slash, plus, abbreviation, domain
$ wk-ent
< RFE/RL and OPEC+ met in St. Louis, Oilprice.com said.
> -	0	6	ORG	RFE/RL	RFE/RL
> -	11	16	ORG	OPEC+	OPEC+
> -	24	33	LOC	St. Louis	St. Louis
> -	35	47	ORG	Oilprice.com	Oilprice.com

=== well-known organisations are ORG, spelt as listed
$ wk-ent
< Who said NATO and the U.N. met?
> -	9	13	ORG	NATO	NATO
> -	22	26	ORG	U.N.	U.N.

=== lower-case text still yields places the gazetteer knows
$ wk-ent
< the mayor of london met officials in paris.
> -	13	19	LOC	london	london
> -	37	42	LOC	paris	paris

=== character offsets
$ wk-ent --offsets=char -T LOC
< Café owners in Kyiv.
> -	15	19	LOC	Kyiv	Kyiv

=== a user gazetteer overrides the model, with its canon
$ t=$(mktemp -d); trap 'rm -rf "$t"' EXIT; cd "$t"; printf 'Zorblax Corp\tORG\tZorblax Corporation\nkyiv\tLOC\tKyiv\n' > g.tsv; wk-ent -g g.tsv
< Zorblax Corp opened an office in KYIV.
> -	0	12	ORG	Zorblax Corporation	Zorblax Corp
> -	33	37	LOC	Kyiv	KYIV

=== a gazetteer with a bad line names the file and line
$ t=$(mktemp -d); trap 'rm -rf "$t"' EXIT; cd "$t"; printf 'Kyiv\tLOC\nOdesa\tPLACE\n' > g.tsv; wk-ent -g g.tsv
< Kyiv.
? 2
! wk-ent: g.tsv:2: bad type "PLACE"

=== an unknown type in -T is a usage error
$ wk-ent -T PERSON,CITY
< Kyiv.
? 2
! wk-ent: -T: unknown type 'CITY'

=== a file that is not a model is refused
$ t=$(mktemp -d); trap 'rm -rf "$t"' EXIT; cd "$t"; printf 'hello\n' > m.bin; wk-ent -m m.bin
< Kyiv.
? 2
! wk-ent: m.bin: not a wk-ent model

=== a truncated model is refused
$ t=$(mktemp -d); trap 'rm -rf "$t"' EXIT; cd "$t"; printf 'Smoot\tNNP\tB-per\n' > t.conll; wk-ent -q --train t.conll --holdout 0 --bits 12 -o m.bin; head -c 500 m.bin > short.bin; wk-ent -m short.bin
< Kyiv.
? 2
! wk-ent: short.bin: model file truncated or too long

=== training writes a model that -m loads (and the same data gives the same bytes)
$ t=$(mktemp -d); trap 'rm -rf "$t"' EXIT; cd "$t"; printf 'Smoot\tNNP\tB-per\nvisited\tVBD\tO\nKablam\tNNP\tB-geo\n.\t.\tO\n' > t.conll; wk-ent -q --train t.conll --holdout 0 --bits 12 -o a.bin && wk-ent -q --train t.conll --holdout 0 --bits 12 -o b.bin && cmp a.bin b.bin && wk-ent -m a.bin
< Smoot visited Kablam.
> -	0	5	PERSON	Smoot	Smoot
> -	14	20	LOC	Kablam	Kablam

=== --train needs -o
$ t=$(mktemp -d); trap 'rm -rf "$t"' EXIT; cd "$t"; printf 'Smoot\tB-per\n' > t.conll; wk-ent --train t.conll
? 2
! --train needs -o

=== a CoNLL file with a bad tag names the line
$ t=$(mktemp -d); trap 'rm -rf "$t"' EXIT; cd "$t"; printf 'Smoot\tB-per\nKablam\tX-geo\n' > bad.conll; wk-ent --train bad.conll -o m.bin
? 2
! wk-ent: bad.conll:2: unknown tag "X-geo"

=== empty input, blank lines, invalid UTF-8 and CRLF are fine
$ wk-ent
<< \n\n\0377\0376\r\nIn Kyiv\r\n
> -	9	13	LOC	Kyiv	Kyiv

=== lower-case and all-caps text do not crash
$ wk-ent > /dev/null
< the mayor of kyiv met putin.
< ZELENSKYY MET PUTIN IN KYIV

=== a title inside a capitalised run splits it: organisation, then person
$ wk-ent
< BRUSSELS, Jan. 9 (Reuters) - NATO Secretary General Mark Rutte met Italian Prime Minister Giorgia Meloni on Thu.
> -	0	8	LOC	BRUSSELS	BRUSSELS
> -	18	25	ORG	Reuters	Reuters
> -	29	33	ORG	NATO	NATO
> -	52	62	PERSON	Mark Rutte	Mark Rutte
> -	67	74	NORP	Italian	Italian
> -	90	104	PERSON	Giorgia Meloni	Giorgia Meloni

=== company and bank before a role word, hyphenated titles
$ wk-ent
< Toyota Chairman Akio Toyoda apologised, and World Bank President Ajay Banga agreed.
< U.N. Secretary-General Kofi Annan arrived later.
> -	0	6	ORG	Toyota	Toyota
> -	16	27	PERSON	Akio Toyoda	Akio Toyoda
> -	44	54	ORG	World Bank	World Bank
> -	65	75	PERSON	Ajay Banga	Ajay Banga
> -	84	88	ORG	U.N.	U.N.
> -	107	117	PERSON	Kofi Annan	Kofi Annan

=== months and weekdays alone are no entities; a surname that is a month stays
$ wk-ent
< LIMA, Aug. 30 (AP) - The strike began in March and ended on Tuesday.
< Theresa May spoke first. May said the vote would come in May.
> -	0	4	LOC	LIMA	LIMA
> -	15	17	ORG	AP	AP
> -	69	80	PERSON	Theresa May	Theresa May
> -	94	97	PERSON	Theresa May	May

=== one unknown word after a cue and "on" is a platform, not a place
$ wk-ent
< Officials posted the video on Telegram. A rebel group wrote on Zorblat. Migrants landed on Lampedusa.
> -	30	38	ORG	Telegram	Telegram
> -	63	70	ORG	Zorblat	Zorblat
> -	91	100	LOC	Lampedusa	Lampedusa

=== a one-word "person" that is a country is the country
$ wk-ent
< The ceasefire began in March, Kenya said on Sunday.
> -	30	35	LOC	Kenya	Kenya

=== a company's suffix makes it no person; a title's word is no name
$ wk-ent
< Daiwa Motor Co said on Friday that Secretary of State Marco Rubio would visit.
> -	0	14	ORG	Daiwa Motor Co	Daiwa Motor Co
> -	54	65	PERSON	Marco Rubio	Marco Rubio

=== a country's name is never cut, and never a person
$ wk-ent
< Burkina Faso said on Monday it would respond, Sri Lanka said later, and so did the Czech Republic.
> -	0	12	LOC	Burkina Faso	Burkina Faso
> -	46	55	LOC	Sri Lanka	Sri Lanka
> -	83	97	LOC	Czechia	Czech Republic

=== the name before a person's title is typed by what it is
$ wk-ent
< Texas Gov. Greg Abbott signed the bill on Tuesday, his office said.
> -	0	5	LOC	Texas	Texas
> -	11	22	PERSON	Greg Abbott	Greg Abbott

=== a listed organisation replaces the names found inside it
$ wk-ent
< Meta Platforms CEO Mark Zuckerberg told investors the company would spend more.
> -	0	14	ORG	Meta Platforms	Meta Platforms
> -	19	34	PERSON	Mark Zuckerberg	Mark Zuckerberg

=== a listed name of two words is an organisation even where it looks like a person
$ wk-ent
< Goldman Sachs analysts expect the Federal Trade Commission to sue.
> -	0	13	ORG	Goldman Sachs	Goldman Sachs
> -	34	58	ORG	Federal Trade Commission	Federal Trade Commission

=== a name the model starts inside a title is the person after it
$ wk-ent
< U.S. Secretary of State Marco Rubio arrived in Riyadh on Monday.
> -	0	4	LOC	United States	U.S.
> -	24	35	PERSON	Marco Rubio	Marco Rubio
> -	47	53	LOC	Riyadh	Riyadh

=== a possessive inside a name ends the owner's name; a name's own stays
$ wk-ent
< Sudan's Rapid Support Forces seized the town. The People's Bank of China cut rates, according to CME Group's FedWatch tool.
> -	0	5	LOC	Sudan	Sudan
> -	8	28	ORG	Rapid Support Forces	Rapid Support Forces
> -	50	72	ORG	People's Bank of China	People's Bank of China
> -	97	106	ORG	CME Group	CME Group
> -	109	117	ORG	FedWatch	FedWatch

=== a compass word before a nationality is part of it
$ wk-ent -T NORP
< South Korean troops and North Korean officials met Latin American envoys.
> -	0	12	NORP	South Korean	South Korean
> -	24	36	NORP	North Korean	North Korean
> -	51	65	NORP	Latin American	Latin American

=== an abbreviation used as a common noun is no name; "and" ends a name at a listed one
$ wk-ent
< Nvidia beats estimates as AI chip demand soars; cloud providers such as Microsoft and Amazon.com Inc kept spending, and Advanced Micro Devices (AMD) rose.
> -	0	6	ORG	Nvidia	Nvidia
> -	72	81	ORG	Microsoft	Microsoft
> -	86	100	ORG	Amazon.com Inc	Amazon.com Inc
> -	120	142	ORG	Advanced Micro Devices	Advanced Micro Devices
> -	144	147	ORG	Advanced Micro Devices	AMD

=== no name runs over a dash set off by spaces
$ wk-ent
< Talks between Afghanistan - Pakistan officials resumed in Jammu - Kashmir.
> -	14	25	LOC	Afghanistan	Afghanistan
> -	28	36	LOC	Pakistan	Pakistan
> -	58	63	LOC	Jammu	Jammu
> -	66	73	LOC	Kashmir	Kashmir

=== a name the tagger ends with "of" goes on; one ending with "and" does not
$ wk-ent
< The National Council of Resistance of Iran met in Paris, and al-Qaida and the Taliban did not.
> -	4	42	ORG	National Council of Resistance of Iran	National Council of Resistance of Iran
> -	50	55	LOC	Paris	Paris
> -	61	69	ORG	al-Qaida	al-Qaida
> -	78	85	ORG	Taliban	Taliban

=== a name starts with a capital or a particle: no "western", no "the"
$ wk-ent
< Fighting spread in western Iraq and the Netherlands, while Osama bin Laden and Luiz Inacio Lula da Silva spoke.
> -	27	31	LOC	Iraq	Iraq
> -	40	51	LOC	Netherlands	Netherlands
> -	59	74	PERSON	Osama bin Laden	Osama bin Laden
> -	79	104	PERSON	Luiz Inacio Lula da Silva	Luiz Inacio Lula da Silva

=== a person's possessive ends the person's name
$ wk-ent
< Mahmoud Abbas' Fatah party won, and Joe Biden's White House said so.
> -	0	13	PERSON	Mahmoud Abbas	Mahmoud Abbas
> -	15	20	ORG	Fatah	Fatah
> -	36	45	PERSON	Joe Biden	Joe Biden
> -	48	59	ORG	White House	White House
