# wk-sent command tests: the behaviours of issue 3 on sentences written for
# these tests. "\t" below stands for a TAB (the file is generated with TABs).

=== output: keys, ordinal, offsets, text
$ wk-sent
< Hello world. My name is Ada.
> -	1	0	12	Hello world.
> -	2	13	28	My name is Ada.

=== header in raw mode names the key doc
$ wk-sent -H
< One. Two.
> doc	sent	start	end	text
> -	1	0	4	One.
> -	2	5	9	Two.

=== tsv: keys copied, header carried
$ wk-sent -t -H
< id	date	text
< a1	2024-01-02	Rates rose. Stocks fell.
> id	date	sent	start	end	text
> a1	2024-01-02	1	0	11	Rates rose.
> a1	2024-01-02	2	12	24	Stocks fell.

=== tsv: ordinals restart for each record
$ wk-sent -t
< a	One. Two.
< b	Three.
> a	1	0	4	One.
> a	2	5	9	Two.
> b	1	0	6	Three.

=== tsv: an escaped line break stays escaped inside a sentence
$ wk-sent -t
< k	It was a long\nday at the port.
> k	1	0	30	It was a long\nday at the port.

=== offsets in characters
$ wk-sent --offsets=char
< Über alles. Čeština je krásná.
> -	1	0	11	Über alles.
> -	2	12	30	Čeština je krásná.

=== offsets in bytes by default
$ wk-sent
< Über alles. Čeština je krásná.
> -	1	0	12	Über alles.
> -	2	13	35	Čeština je krásná.

=== raw: offsets count from the start of the file across paragraphs
$ wk-sent
< First paragraph.
<
< Second one. Third.
> -	1	0	16	First paragraph.
> -	2	18	29	Second one.
> -	3	30	36	Third.

=== abbreviation: titles never end a sentence
$ wk-sent
< Sen. Warren met Gov. Newsom and Lt. Col. Ames on Tuesday.
> -	1	0	57	Sen. Warren met Gov. Newsom and Lt. Col. Ames on Tuesday.

=== abbreviation: U.S. at the end, before a function word
$ wk-sent
< The deal was led by the U.S. The Kremlin said no.
> -	1	0	28	The deal was led by the U.S.
> -	2	29	49	The Kremlin said no.

=== abbreviation: U.S. as a modifier or before and
$ wk-sent
< The U.S. Navy and the U.S. and Russia met in the U.K. capital.
> -	1	0	62	The U.S. Navy and the U.S. and Russia met in the U.K. capital.

=== abbreviation: etc. before a capital ends, before a lower-case word not
$ wk-sent
< They shipped grain, oil, etc. Shipping costs rose. Fees, etc. were cut.
> -	1	0	29	They shipped grain, oil, etc.
> -	2	30	50	Shipping costs rose.
> -	3	51	71	Fees, etc. were cut.

=== abbreviation: Corp. and Inc.
$ wk-sent
< Acme Corp. and its units gained. Zenith Inc. Shares fell 3%.
> -	1	0	32	Acme Corp. and its units gained.
> -	2	33	44	Zenith Inc.
> -	3	45	60	Shares fell 3%.

=== abbreviation: a.m. before a weekday or a name, and before a starter
$ wk-sent
< Voting opens at 8 a.m. Monday in Ohio. It closed at 9 p.m. Delegates left. The bus came at 7 a.m. He was late.
> -	1	0	38	Voting opens at 8 a.m. Monday in Ohio.
> -	2	39	58	It closed at 9 p.m.
> -	3	59	74	Delegates left.
> -	4	75	97	The bus came at 7 a.m.
> -	5	98	110	He was late.

=== abbreviation: months, states, e.g. and vs.
$ wk-sent
< On Sept. 11 the firm moved to Sacramento, Calif. The rent, e.g. for offices, fell vs. last year.
> -	1	0	48	On Sept. 11 the firm moved to Sacramento, Calif.
> -	2	49	96	The rent, e.g. for offices, fell vs. last year.

=== abbreviation: numbering
$ wk-sent
< See No. 7 on p. 12 and pp. 40-42 of Vol. 3. It is short.
> -	1	0	43	See No. 7 on p. 12 and pp. 40-42 of Vol. 3.
> -	2	44	56	It is short.

=== initials
$ wk-sent
< J. R. Hollis wrote to George W. Bush. Later, W. E. B. Du Bois replied.
> -	1	0	37	J. R. Hollis wrote to George W. Bush.
> -	2	38	70	Later, W. E. B. Du Bois replied.

=== decimals, thousands and versions
$ wk-sent
< The index rose 9.7% to 4,512.37 points. Version 1.2.3 fixed it. She paid $250.75. It was cheap.
> -	1	0	39	The index rose 9.7% to 4,512.37 points.
> -	2	40	63	Version 1.2.3 fixed it.
> -	3	64	81	She paid $250.75.
> -	4	82	95	It was cheap.

=== URLs and e-mail addresses
$ wk-sent
< Write to Ann.Lee@example.org. Or see https://www.example.com/news/a.html. Thanks.
> -	1	0	29	Write to Ann.Lee@example.org.
> -	2	30	73	Or see https://www.example.com/news/a.html.
> -	3	74	81	Thanks.

=== no space after the stop
$ wk-sent
< The vote ended.The count began. Visit Oilprice.com or Example.Com now.
> -	1	0	15	The vote ended.
> -	2	15	31	The count began.
> -	3	32	70	Visit Oilprice.com or Example.Com now.

=== ellipsis: split before a capitalised starter only
$ wk-sent
< He waited… Then he left. She paused... and spoke. It was over.... Nobody cried.
> -	1	0	12	He waited…
> -	2	13	26	Then he left.
> -	3	27	51	She paused... and spoke.
> -	4	52	67	It was over....
> -	5	68	81	Nobody cried.

=== ellipsis: an omission inside a quotation
$ wk-sent
< "Rates [...] will rise [...]" (Lee 12). Next.
> -	1	0	39	"Rates [...] will rise [...]" (Lee 12).
> -	2	40	45	Next.

=== question and exclamation marks
$ wk-sent
< Why now? Because the talks failed! "Stop!" she said. "Why?" he asked.
> -	1	0	8	Why now?
> -	2	9	34	Because the talks failed!
> -	3	35	52	"Stop!" she said.
> -	4	53	69	"Why?" he asked.

=== closing quotes and brackets belong to the sentence they close
$ wk-sent
< “We will defend our land.” The crowd cheered. (Nobody left.) It rained.
> -	1	0	30	“We will defend our land.”
> -	2	31	49	The crowd cheered.
> -	3	50	64	(Nobody left.)
> -	4	65	75	It rained.

=== multi-sentence quotation is split
$ wk-sent
< "We are ready. We have always been ready," he said.
> -	1	0	14	"We are ready.
> -	2	15	51	We have always been ready," he said.

=== a dateline dash stays inside the sentence
$ wk-sent
< GENEVA — Negotiators met on Monday. They agreed on a text.
> -	1	0	37	GENEVA — Negotiators met on Monday.
> -	2	38	60	They agreed on a text.

=== lines: headline, byline and dateline are sentences
$ wk-sent
< Talks collapse in Geneva
< By Ann Lee
< Friday, July 21, 2017
< GENEVA — Negotiators met on Monday.
> -	1	0	24	Talks collapse in Geneva
> -	2	25	35	By Ann Lee
> -	3	36	57	Friday, July 21, 2017
> -	4	58	95	GENEVA — Negotiators met on Monday.

=== lines: list and bullet items
$ wk-sent
< The plan has parts:
< - first part
< * second part
< 1. third part
< • fourth part
> -	1	0	19	The plan has parts:
> -	2	20	32	- first part
> -	3	33	46	* second part
> -	4	47	60	1. third part
> -	5	61	76	• fourth part

=== lines: wrapped text is not broken
$ wk-sent
< Prices rose five percent in the third quarter as demand from Europe and
< China picked up. It was a long
< day at the port.
> -	1	0	88	Prices rose five percent in the third quarter as demand from Europe and\nChina picked up.
> -	2	89	119	It was a long\nday at the port.

=== lines: a blank line always ends a sentence
$ wk-sent
< This line has no stop and
<
< goes on here
> -	1	0	25	This line has no stop and
> -	2	27	39	goes on here

=== --newline=always: every line break ends a sentence
$ wk-sent --newline=always
< It was a long
< day at the port.
> -	1	0	13	It was a long
> -	2	14	30	day at the port.

=== -n never: only blank lines do
$ wk-sent -n never
< Talks collapse in Geneva
< Negotiators met on Monday.
<
< Next
> -	1	0	51	Talks collapse in Geneva\nNegotiators met on Monday.
> -	2	53	57	Next

=== --newline with a bad value is a usage error
$ wk-sent --newline=sometimes
? 2
! wk-sent: --newline takes auto, always or never, not 'sometimes'

=== -a adds abbreviations
$ f=$(mktemp); printf 'Mgmt.\n# a comment\nDiv\n' > "$f"; printf 'Ask Mgmt. Smith now. Ask Ops. Jones now. Ask Div. Lee.\n' | wk-sent -a "$f"; rm -f "$f"
> -	1	0	20	Ask Mgmt. Smith now.
> -	2	21	29	Ask Ops.
> -	3	30	40	Jones now.
> -	4	41	54	Ask Div. Lee.

=== -a with a missing file is fatal
$ wk-sent -a /nonexistent/abbrev.txt
? 2
! wk-sent: /nonexistent/abbrev.txt:

=== unicode: full-width stops, guillemets, NBSP
$ wk-sent
< 東京は晴れ。大阪は雨！ Il a dit « Oui. » Puis il est parti. Le prix : 5 €.
> -	1	0	18	東京は晴れ。
> -	2	18	33	大阪は雨！
> -	3	34	53	Il a dit « Oui. »
> -	4	54	72	Puis il est parti.
> -	5	73	89	Le prix : 5 €.

=== bad input: empty input gives no rows
$ wk-sent
!!

=== bad input: only white space gives no rows
$ wk-sent
<<  \t\n\n   \n
!!

=== bad input: invalid UTF-8 is replaced in the text, offsets count it
$ wk-sent
<< Bad \377\376 bytes. Next one.\n
> -	1	0	13	Bad �� bytes.
> -	2	14	23	Next one.
! invalid UTF-8

=== bad input: CRLF line ends
$ wk-sent
<< One line.\r\nTwo\r\n\r\nThree.\r\n
> -	1	0	9	One line.
> -	2	11	14	Two
> -	3	18	24	Three.

=== bad input: NUL bytes are white space
$ wk-sent
<< One.\000Two.\n
> -	1	0	4	One.
> -	2	5	9	Two.

=== bad input: a malformed TSV record is reported and skipped
$ wk-sent -t
< a	b	One. Two.
< broken
< c	d	Three.
> a	b	1	0	4	One.
> a	b	2	5	9	Two.
> c	d	1	0	6	Three.
? 1
! wk-sent: -:2: expected 3 fields, found 1

=== bad input: a long text without punctuation or line breaks
$ awk 'BEGIN { for (i = 0; i < 20000; i++) printf "word "; print "end" }' | wk-sent | cut -f1-4
> -	1	0	100003

=== bad input: a paragraph over --max-record is cut into windows
$ awk 'BEGIN { for (i = 0; i < 3000; i++) printf "word "; print "end" }' | wk-sent --max-record=4K | cut -f2-4 | head -n 2
> 1	0	4094
> 2	4095	8189
! paragraph longer than --max-record

=== abbreviation: a capital alone is an initial, p. before a number a page
$ wk-sent
< He met A. K. Rao there. See p. 5. Pay Rs. 1600 now.
> -	1	0	23	He met A. K. Rao there.
> -	2	24	33	See p. 5.
> -	3	34	51	Pay Rs. 1600 now.

=== abbreviation: a contraction starts a sentence after p.m.
$ wk-sent
< The match starts at 8 p.m. I'm going, are you?
> -	1	0	26	The match starts at 8 p.m.
> -	2	27	46	I'm going, are you?

=== interview turns Q. and A.
$ wk-sent
< Q. Where were you born? A. I was born in Dayton, Ohio.
> -	1	0	23	Q. Where were you born?
> -	2	24	54	A. I was born in Dayton, Ohio.

=== enumerators in brackets and at line starts
$ wk-sent
< (a) Rates rose. (b) Stocks fell.
< i) One thing.
< ii) Another thing.
> -	1	0	15	(a) Rates rose.
> -	2	16	32	(b) Stocks fell.
> -	3	33	46	i) One thing.
> -	4	47	65	ii) Another thing.

=== inline numbered and lettered lists
$ wk-sent
< 1) Rates rose 2) Stocks fell. a. Oil was flat b. Gold gained
> -	1	0	13	1) Rates rose
> -	2	14	29	2) Stocks fell.
> -	3	30	45	a. Oil was flat
> -	4	46	60	b. Gold gained

=== footnote marks stay with the sentence
$ wk-sent
< The bridge opened in 1932.[1] It was rebuilt later.[2][3] Nobody knew.
> -	1	0	29	The bridge opened in 1932.[1]
> -	2	30	57	It was rebuilt later.[2][3]
> -	3	58	70	Nobody knew.

=== a dash and a capital after a question mark
$ wk-sent
< Who won? - Nobody knows yet, they say.
> -	1	0	8	Who won?
> -	2	9	38	- Nobody knows yet, they say.

=== an attribution after a quotation is not split off
$ wk-sent
< "It is a long game." - Ann Lee
> -	1	0	30	"It is a long game." - Ann Lee

=== a photo caption run into the text
$ wk-sent
< Visitors at the museum in Washington D.C. Photo: Ann Lee.
> -	1	0	41	Visitors at the museum in Washington D.C.
> -	2	42	57	Photo: Ann Lee.

=== a dateline run into the text
$ wk-sent
< Monday, March 3, 2025 On Sunday, the council approved a new budget.
> -	1	0	21	Monday, March 3, 2025
> -	2	22	67	On Sunday, the council approved a new budget.

=== a lost break before a capitalised function word
$ wk-sent
< Lee won the most votes in any district In the north district, Park won.
> -	1	0	38	Lee won the most votes in any district
> -	2	39	71	In the north district, Park won.

=== a capitalised function word before a name is not a lost break
$ wk-sent
< He told The Daily Star that rates in The Hague rose.
> -	1	0	52	He told The Daily Star that rates in The Hague rose.

=== a quotation that is the object of said stays whole
$ wk-sent
< The chief said "All the wounded are in hospital. None are left." Then he left.
> -	1	0	64	The chief said "All the wounded are in hospital. None are left."
> -	2	65	78	Then he left.

=== with a comma, the quoted sentences are split
$ wk-sent
< The chief said, "All the wounded are in hospital. None are left."
> -	1	0	49	The chief said, "All the wounded are in hospital.
> -	2	50	65	None are left."

=== ellipsis: a spaced ellipsis does not end a sentence
$ wk-sent
< He hesitated . . . I never meant that. She left . . . . Next day she came back.
> -	1	0	38	He hesitated . . . I never meant that.
> -	2	39	55	She left . . . .
> -	3	56	79	Next day she came back.

=== lines: a short list of lines without stops
$ wk-sent
< prices
< opening hours
< parking, tickets
> -	1	0	6	prices
> -	2	7	20	opening hours
> -	3	21	37	parking, tickets

=== lines: a line ending inside a phrase continues
$ wk-sent
< The minister met with
< President Ruto in Nairobi.
> -	1	0	48	The minister met with\nPresident Ruto in Nairobi.

=== lines: a short headline before a caption line
$ wk-sent
< Costume fair draws crowds of fans in Osaka
< Armor by The Smiths of Kyoto.
> -	1	0	42	Costume fair draws crowds of fans in Osaka
> -	2	43	72	Armor by The Smiths of Kyoto.

=== lines: wrapped text before a name is joined
$ wk-sent
< The minister held two hours of talks in Beijing with Chinese President
< Xi Jinping on Monday.
> -	1	0	92	The minister held two hours of talks in Beijing with Chinese President\nXi Jinping on Monday.

=== bad input: runs of stops, abbreviations and quotations take linear time
$ awk 'BEGIN { for (i = 0; i < 200000; i++) printf "? "; for (i = 0; i < 20000; i++) printf "Acme Inc. Aaaab aaa. "; for (i = 0; i < 20000; i++) printf "he said \"x "; print "" }' | timeout 20 wk-sent | cut -f2 | tail -n 1
> 20000

=== abbreviation: a state in lower case is a word
$ wk-sent
< They held the funeral mass. Unknown men came. He lives in Boston, Mass. The city is cold.
> -	1	0	27	They held the funeral mass.
> -	2	28	45	Unknown men came.
> -	3	46	71	He lives in Boston, Mass.
> -	4	72	89	The city is cold.

=== abbreviation: an initialism before a news subject and a lower-case word
$ wk-sent
< He was held by the F.S.B. Doctors at the hospital said so. He met U.S. Forces Korea staff.
> -	1	0	25	He was held by the F.S.B.
> -	2	26	58	Doctors at the hospital said so.
> -	3	59	90	He met U.S. Forces Korea staff.

=== abbreviation: U.S. before a title and before a dash
$ wk-sent
< He met the U.S. Under Secretary of State. The U.S. - China talks went on.
> -	1	0	41	He met the U.S. Under Secretary of State.
> -	2	42	73	The U.S. - China talks went on.

=== abbreviation: hyphenated titles and party labels, ordinals in names
$ wk-sent
< The commander, Lt.-Gen. Lance Smith, spoke. He sat on the U.S. Third Circuit Court. Sen. Ann Lee (D-Mass.) said no.
> -	1	0	43	The commander, Lt.-Gen. Lance Smith, spoke.
> -	2	44	83	He sat on the U.S. Third Circuit Court.
> -	3	84	115	Sen. Ann Lee (D-Mass.) said no.

=== a capitalised preposition inside a title is not a lost break
$ wk-sent
< Her first record Back For the Summer sold well.
> -	1	0	47	Her first record Back For the Summer sold well.

=== lines: a quotation in a paragraph of its own after a comma
$ wk-sent
< The mayor stated,
< "The bridge will reopen in May."
> -	1	0	17	The mayor stated,
> -	2	18	50	"The bridge will reopen in May."

=== lines: a wrapped line ending with a comma before a quotation
$ wk-sent
< After a long meeting with the other ministers on Friday, the spokesman said,
< "We are ready."
> -	1	0	92	After a long meeting with the other ministers on Friday, the spokesman said,\n"We are ready."

=== lines: a heading that ends with a word like more
$ wk-sent
< Books, films, and more
< Maps of the old city.
> -	1	0	22	Books, films, and more
> -	2	23	44	Maps of the old city.

=== lists: lettered items in lower case, to the end of their line
$ wk-sent
< The plan has three parts.
< a) roads b) rail c) ports
< Work starts soon. x) one y) two
> -	1	0	25	The plan has three parts.
> -	2	26	34	a) roads
> -	3	35	42	b) rail
> -	4	43	51	c) ports
> -	5	52	69	Work starts soon.
> -	6	70	76	x) one
> -	7	77	83	y) two

=== sent: an abbreviation inside an all-capital headline ends nothing
$ wk-sent
< FED SAYS U.S. ECONOMY STILL STRONG
<
< Officials in the U.S. Senate agreed.
> -	1	0	34	FED SAYS U.S. ECONOMY STILL STRONG
> -	2	36	72	Officials in the U.S. Senate agreed.

=== a list item after a line that ends with a stop starts a sentence
$ wk-sent
< Britain grew 0.3% in the third quarter.
< - Exports rose
< - Imports fell
> -	1	0	39	Britain grew 0.3% in the third quarter.
> -	2	40	54	- Exports rose
> -	3	55	69	- Imports fell
