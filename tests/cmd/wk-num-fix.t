# wk-num: numbers that were read wrong (issue 4 follow-up, branch num3):
# a whole number and a proper fraction, digits grouped by plain spaces,
# plural scales after a count, decimal commas, careless dash spacing,
# symbols glued to the next number, and the currencies the euro replaced.
# Sentences written for these tests.

=== fix: a whole number, 'and', a proper fraction adds up (rounded once); an improper one after hundred divides
$ wk-num -t -q -d 2025-03-24
< mix01	The pipeline stretches one hundred and three quarters of a mile under the bay.
< mix02	Rescuers searched two hundred and a half hectares of flooded farmland.
< mix03	The ferry crossing took five and three quarters hours in the storm.
< mix04	The pension fund grew by three hundred and two thirds points.
< mix05	Officials put the figure at one hundred and thirty fifths of the estimate.
< mix06	The meter read forty one and a thirtieth units.
> mix01	23	53	CARDINAL	100.75			one hundred and three quarters
> mix02	18	49	QUANTITY	200.5	ha		two hundred and a half hectares
> mix03	24	53	DURATION	PT5.75H			five and three quarters hours
> mix04	25	53	CARDINAL	300.666667			three hundred and two thirds
> mix05	28	57	CARDINAL	26			one hundred and thirty fifths
> mix06	15	40	CARDINAL	41.033333			forty one and a thirtieth

=== fix: thousands grouped by a plain space, not after a day, a label, a number or a plus
$ wk-num -t -q -d 2025-03-24
< sp01	More than 12 000 troops crossed the border overnight.
< sp02	The ministry said 1 500 000 doses had arrived.
< sp03	Organisers expected 40 000 fans, and 40 000 came.
< sp04	On March 3 200 people gathered outside the court.
< sp05	In 2019 150 people were evacuated from the valley.
< sp06	In 2021 150 000 people were evacuated from the coast.
< sp07	The report runs to pages 12 345 in the annex.
< sp08	By May 100 000 households had lost power.
< sp09	The hotline is +1 212 555 0100 for families, +12 000 000 for the fund.
< sp10	Fines reached $40 000 per breach.
< sp11	Scores of 3 000 applicants were turned away.
> sp01	0	16	CARDINAL	12000		MORE_THAN	More than 12 000
> sp01	43	52	TIME	2025-03-23TNI			overnight
> sp02	18	27	CARDINAL	1500000			1 500 000
> sp03	20	26	CARDINAL	40000			40 000
> sp03	37	43	CARDINAL	40000			40 000
> sp04	3	10	DATE	2025-03-03			March 3
> sp04	11	14	CARDINAL	200			200
> sp05	3	7	DATE	2019			2019
> sp05	8	11	CARDINAL	150			150
> sp06	3	7	DATE	2021			2021
> sp06	8	15	CARDINAL	150000			150 000
> sp07	25	27	CARDINAL	12			12
> sp07	28	31	CARDINAL	345			345
> sp08	3	6	DATE	2024-05			May
> sp08	7	14	CARDINAL	100000			100 000
> sp09	46	56	CARDINAL	12000000			12 000 000
> sp10	14	21	MONEY	40000	USD		$40 000
> sp11	10	15	CARDINAL	3000			3 000

=== fix: a plural scale after a count word is a number; alone it is vague
$ wk-num -t -q -d 2025-03-24
< pl01	Two out of five hundreds voters backed the plan.
< pl02	Five hundreds workers walked out at the plant.
< pl03	Hundreds of people queued for bread.
< pl04	Twenty-five thousands refugees reached the camp.
< pl05	The town grew fast in the nineteen hundreds.
> pl01	0	3	CARDINAL	2			Two
> pl01	11	24	CARDINAL	500			five hundreds
> pl02	0	13	CARDINAL	500			Five hundreds
> pl04	0	21	CARDINAL	25000			Twenty-five thousands

=== fix: a decimal comma is skipped whole, a comma list and a year after a day kept
$ wk-num -t -q -d 2025-03-24
< dc01	The fare was 5,00 euros in the old town.
< dc02	Inflation eased to 1,3 percent, the bank said.
< dc03	The bill came to 3.500,50 dollars.
< dc04	Seats 1,2,3 were empty and the vote was on March 3,2019.
> dc04	6	7	CARDINAL	1			1
> dc04	8	9	CARDINAL	2			2
> dc04	10	11	CARDINAL	3			3
> dc04	43	55	DATE	2019-03-03			March 3,2019

=== fix: a dash spaced before and glued after a number is a range or a score
$ wk-num -t -q -d 2025-03-24
< da01	The zoom lens covers 75 -300mm.
< da02	Forecasters expect 5 -10 percent more rain.
< da03	The visitors won 3 -2 after extra time.
< da04	Temperatures fell to -30C at the summit.
> da01	21	30	QUANTITY	75..300	mm		75 -300mm
> da02	19	32	PERCENT	5..10	%		5 -10 percent
> da03	17	18	CARDINAL	3			3
> da03	20	21	CARDINAL	2			2
> da04	21	25	QUANTITY	-30	°C		-30C

=== fix: a symbol glued to digits belongs to them; the currencies the euro replaced
$ wk-num -t -q -d 2025-03-24
< cu01	He paid with 1 $10 note and some coins.
< cu02	The deal was worth 420 million Finnish markka.
< cu03	Madrid sold the stake for 6.65 billion pesetas.
< cu04	The firm was valued at 250 million Dutch guilders in 1998.
> cu01	13	14	CARDINAL	1			1
> cu01	15	18	MONEY	10	USD		$10
> cu02	19	45	MONEY	420000000	FIM		420 million Finnish markka
> cu03	26	46	MONEY	6650000000	ESP		6.65 billion pesetas
> cu04	23	49	MONEY	250000000	NLG		250 million Dutch guilders
> cu04	53	57	DATE	1998			1998


=== fix: Rs before an amount is rupees, RS a model name; quid are pounds
$ wk-num -t -q -d 2025-03-24
< rs01	The state set aside Rs 450 crore for flood relief and Rs. 1,500 per family.
< rs02	The Audi RS 6 costs more than 2 quid a mile to run.
> rs01	20	32	MONEY	4500000000	INR		Rs 450 crore
> rs01	54	63	MONEY	1500	INR		Rs. 1,500
> rs02	12	13	CARDINAL	6			6
> rs02	20	36	MONEY	2	GBP	MORE_THAN	more than 2 quid

=== fix: a unit per a time unit is a rate, not a length; per a noun it stays the unit
$ wk-num -t -q -d 2025-03-24
< rt01	The probe left orbit at 11.2 km/s and the debris fell at 30 metres per second.
< rt02	The glacier is retreating 2 metres per year, and the mine ships 5,000 tonnes per day.
< rt03	Aid workers hand out 10 kg per person and 3 litres/day of water.
> rt01	24	33	QUANTITY	11.2	km/s		11.2 km/s
> rt01	57	77	QUANTITY	30	m/s		30 metres per second
> rt02	26	43	QUANTITY	2	m/yr		2 metres per year
> rt02	64	84	QUANTITY	5000	t/d		5,000 tonnes per day
> rt03	21	26	QUANTITY	10	kg		10 kg
> rt03	42	54	QUANTITY	3	l/d		3 litres/day

=== fix: twelve is a number (it shares card=12 with dozen, which alone is not)
$ wk-num -t -q -d 2025-03-24
< tw01	Twelve miners were rescued after twelve days underground.
< tw02	Some twelve hundred families and about twelve thousand pupils were moved.
< tw03	The council met twelve months ago; half a dozen members quit and dozens of staff left.
> tw01	0	6	CARDINAL	12			Twelve
> tw01	33	44	DURATION	P12D			twelve days
> tw02	0	19	CARDINAL	1200		APPROX	Some twelve hundred
> tw02	33	54	CARDINAL	12000		APPROX	about twelve thousand
> tw03	16	33	DATE	2024-03			twelve months ago
> tw03	35	47	CARDINAL	6			half a dozen

=== fix: a glued m before an event or a hyphenated dimension is metres; before other words millions
$ wk-num -t -q -d 2025-03-24
< mt01	She took gold in the 400m hurdles and silver in the 200m freestyle.
< mt02	Crews built a 4m-high barrier, and the club paid 12m for a 1.9m-tall striker.
> mt01	21	25	QUANTITY	400	m		400m
> mt01	52	56	QUANTITY	200	m		200m
> mt02	14	16	QUANTITY	4	m		4m
> mt02	49	52	CARDINAL	12000000			12m
> mt02	59	63	QUANTITY	1.9	m		1.9m

=== fix: a scale after a hyphen multiplies ('$3.5-million'); a glued pc is per cent
$ wk-num -t -q -d 2025-03-24
< hy01	The regulator imposed a $3.5-million fine on a 2-billion-dollar fund.
< hy02	Profits fell 12pc while sales of PCs rose by 10 PCs a day.
> hy01	24	36	MONEY	3500000	USD		$3.5-million
> hy01	47	63	MONEY	2000000000	USD		2-billion-dollar
> hy02	13	17	PERCENT	12	%		12pc
> hy02	45	47	CARDINAL	10			10

=== fix: oil abbreviations that hold a scale (mb/d, kb/d); a range's low end scaled as its high end
$ wk-num -t -q -d 2025-03-24
< ob01	The cartel pumped 2.5 mb/d more, lifting exports to 10-12 mbpd, plus 800 kb/d of condensate.
< ob02	Bonds worth 5-10 USD million and coins of 5 to 10 cents changed hands.
> ob01	18	26	QUANTITY	2500000	bbl/d		2.5 mb/d
> ob01	52	62	QUANTITY	10000000..12000000	bbl/d		10-12 mbpd
> ob01	69	77	QUANTITY	800000	bbl/d		800 kb/d
> ob02	12	28	MONEY	5000000..10000000	USD		5-10 USD million
> ob02	42	55	MONEY	0.05..0.1	USD		5 to 10 cents

=== fix: gigatonnes, megatonnes (not before a name), kilotons and hertz
$ wk-num -t -q -d 2025-03-24
< un01	The country emitted 12.5 Gt last year and mined 50 Mt of coal; two Mt Kenya guides agreed.
< un02	The station moved to 92.4 MHz, and phones use the 2.4-GHz band near a 15-kiloton test site.
> un01	20	27	QUANTITY	12.5	Gt		12.5 Gt
> un01	28	37	DATE	2024			last year
> un01	48	53	QUANTITY	50	Mt		50 Mt
> un01	63	66	CARDINAL	2			two
> un02	21	29	QUANTITY	92.4	MHz		92.4 MHz
> un02	50	57	QUANTITY	2.4	GHz		2.4-GHz
> un02	70	80	QUANTITY	15	kt		15-kiloton

=== fix: a suspended hyphen ('40- to 50-metre') makes a range
$ wk-num -t -q -d 2025-03-24
< sh01	Engineers want a 40- to 50-metre sea wall, and the judge weighed a 5- to 10-year term.
< sh02	They sought a $5- to $10-million grant; we went 3- to the shop.
> sh01	17	32	QUANTITY	40..50	m		40- to 50-metre
> sh01	67	80	DURATION	P5Y..P10Y			5- to 10-year
> sh02	14	32	MONEY	5000000..10000000	USD		$5- to $10-million
> sh02	48	49	CARDINAL	3			3

=== fix: percent and percentage points after a hyphen
$ wk-num -t -q -d 2025-03-24
< pc01	Voters backed a 3-percent levy after a 2-percentage-point fall in support and a 4- to 5-percent pay rise.
> pc01	16	25	PERCENT	3	%		3-percent
> pc01	39	57	PERCENT	2	pp		2-percentage-point
> pc01	80	95	PERCENT	4..5	%		4- to 5-percent

=== fix: hyphenated mixed numbers, fractions of a scale, plural currencies and digit denominators
$ wk-num -t -q -d 2025-03-24
< hw01	The talks lasted two-and-a-half hours, and three-and-a-half million people watched.
< hw02	More than a quarter-of-a-million residents fled; the bill was one-billion-dollars.
< hw03	She won by two-100ths of the field's margin.
> hw01	17	37	DURATION	PT2.5H			two-and-a-half hours
> hw01	43	67	CARDINAL	3500000			three-and-a-half million
> hw02	0	32	CARDINAL	250000		MORE_THAN	More than a quarter-of-a-million
> hw02	62	81	MONEY	1000000000	USD		one-billion-dollars
> hw03	11	21	CARDINAL	0.02			two-100ths

=== fix: a glued lower-case p is pence, but not a video format or p.m.
$ wk-num -t -q -d 2025-03-24
< gp01	The lender's shares fell 12p to 345p, while a 1080p stream began at 2p.m. sharp.
> gp01	25	28	MONEY	0.12	GBP		12p
> gp01	32	36	MONEY	3.45	GBP		345p
> gp01	46	50	CARDINAL	1080			1080
> gp01	68	73	TIME	T14:00			2p.m.

=== fix: MT and mt are metric tons, only Mt megatonnes; GT is gross tonnage, no unit here
$ wk-num -t -q -d 2025-03-24
< mt01	Traders shipped 500,000 MT of rice and 20,000 mt of sugar; the plant emits 3 Mt a year.
< mt02	The 50,000 GT carrier docked.
> mt01	16	26	QUANTITY	500000	t		500,000 MT
> mt01	39	48	QUANTITY	20000	t		20,000 mt
> mt01	75	86	QUANTITY	3	Mt/yr		3 Mt a year
> mt02	4	10	CARDINAL	50000			50,000

=== fix: digits glued by a hyphen to a capital are a name, no number; a word after one is a range
$ wk-num -t -q -d 2025-03-24
< rg01	Police were called to a 7-Eleven store on the highway.
< rg02	The delegates voted 40-fifty on the amendment.
< rg03	The 3-D film opened as the 4-H club filed its 10-K on time.
> rg02	20	28	CARDINAL	40..50			40-fifty

=== fix: the generic 'one' before a modal or with a possessive is a pronoun; one official is a number
$ wk-num -t -q -d 2025-03-24
< gen01	"One shouldn’t get one’s hopes high," Peskov said.
< gen02	One can only hope, but one soldier could not wait.
< gen03	What one US official called shuttle diplomacy began.
> gen02	23	26	CARDINAL	1			one
> gen03	5	8	CARDINAL	1			one
