# wk-num on news-style sentences written for these tests: one block per
# kind of expression, reference date 2025-03-24 (a Monday).

=== news: cardinal
$ wk-num -t -d 2025-03-24
< cardinal01	The ministry said 1,200,000 people had been displaced since the start of the conflict.
< cardinal02	Inflation eased to 3.5 in the index the agency publishes each quarter.
< cardinal03	Overnight temperatures dropped to -15 in the northern districts.
< cardinal04	The company raised 1.2m from investors and plans a second round.
< cardinal05	The fund has 2.1bn under management, up from 1.7bn.
< cardinal06	The petition gathered 10k signatures within hours.
< cardinal07	Ninety-nine lawmakers voted in favour of the measure.
< cardinal08	Rescuers pulled two hundred and fifty survivors from the rubble.
< cardinal09	Half a million households remain without power.
< cardinal10	A third of the budget goes to defence.
< cardinal11	Dozens of protesters gathered outside the embassy.
< cardinal12	The population reached 2.5 million last year.
< cardinal13	The national debt stands at 1.2 trillion.
< cardinal14	She finished third in the race.
< cardinal15	He was born on the 21st floor of the hospital, the 1st child of the family.
< cardinal16	The fraction was 3/4 of the total.
< cardinal17	The survey covered 10 1/2 thousand homes.
< cardinal18	Officials counted twenty-one trillion in unpaid claims.
< cardinal19	About 40 journalists attended the briefing.
< cardinal20	Nearly a third of voters were undecided.
< cardinal21	More than 200 drones were launched overnight.
< cardinal22	At least four people were killed in the blast.
< cardinal23	Up to 700 soldiers will take part in the exercise.
< cardinal24	Fewer than 30 delegates turned up.
< cardinal25	Some 5,000 troops crossed the border.
< cardinal26	Hundreds of people fled, and thousands more were stranded.
< cardinal27	The plane carried one hundred and twelve passengers.
< cardinal28	The firm cut 12 percent of its workforce, or about 3,400 jobs.
> cardinal01	18	27	CARDINAL	1200000			1,200,000
> cardinal02	19	22	CARDINAL	3.5			3.5
> cardinal02	57	69	SET	P3M			each quarter
> cardinal03	34	37	CARDINAL	-15			-15
> cardinal04	19	23	CARDINAL	1200000			1.2m
> cardinal04	51	57	ORDINAL	2			second
> cardinal05	13	18	CARDINAL	2100000000			2.1bn
> cardinal05	45	50	CARDINAL	1700000000			1.7bn
> cardinal06	22	25	CARDINAL	10000			10k
> cardinal06	44	49	DURATION	PTXH			hours
> cardinal07	0	11	CARDINAL	99			Ninety-nine
> cardinal08	16	37	CARDINAL	250			two hundred and fifty
> cardinal09	0	14	CARDINAL	500000			Half a million
> cardinal10	0	7	CARDINAL	0.333333			A third
> cardinal12	23	34	CARDINAL	2500000			2.5 million
> cardinal12	35	44	DATE	2024			last year
> cardinal13	28	40	CARDINAL	1200000000000			1.2 trillion
> cardinal14	13	18	ORDINAL	3			third
> cardinal15	19	23	ORDINAL	21			21st
> cardinal15	51	54	ORDINAL	1			1st
> cardinal16	17	20	CARDINAL	0.75			3/4
> cardinal17	19	34	CARDINAL	10500			10 1/2 thousand
> cardinal18	18	37	CARDINAL	21000000000000			twenty-one trillion
> cardinal19	0	8	CARDINAL	40		APPROX	About 40
> cardinal20	0	14	CARDINAL	0.333333		APPROX	Nearly a third
> cardinal21	0	13	CARDINAL	200		MORE_THAN	More than 200
> cardinal21	35	44	TIME	2025-03-23TNI			overnight
> cardinal22	0	13	CARDINAL	4		EQUAL_OR_MORE	At least four
> cardinal23	0	9	CARDINAL	700		EQUAL_OR_LESS	Up to 700
> cardinal24	0	13	CARDINAL	30		LESS_THAN	Fewer than 30
> cardinal25	0	10	CARDINAL	5000		APPROX	Some 5,000
> cardinal27	18	40	CARDINAL	112			one hundred and twelve
> cardinal28	13	23	PERCENT	12	%		12 percent
> cardinal28	45	56	CARDINAL	3400		APPROX	about 3,400

=== news: percent
$ wk-num -t -d 2025-03-24
< percent01	Unemployment rose to 5% in February.
< percent02	The party won 41.5 percent of the vote.
< percent03	Prices climbed 12 per cent over the year.
< percent04	The central bank cut rates by 0.25 percentage points.
< percent05	Support fell between 5 and 10 percent in the poll.
< percent06	Analysts expect growth of 5-10% next year.
< percent07	Turnout was nearly 60% in the capital.
< percent08	The index rose more than 3 percent on Monday.
> percent01	21	23	PERCENT	5	%		5%
> percent01	27	35	DATE	2025-02			February
> percent02	14	26	PERCENT	41.5	%		41.5 percent
> percent03	15	26	PERCENT	12	%		12 per cent
> percent04	30	52	PERCENT	0.25	pp		0.25 percentage points
> percent05	21	37	PERCENT	5..10	%		5 and 10 percent
> percent06	26	31	PERCENT	5..10	%		5-10%
> percent06	32	41	DATE	2026			next year
> percent07	12	22	PERCENT	60	%	APPROX	nearly 60%
> percent08	15	34	PERCENT	3	%	MORE_THAN	more than 3 percent
> percent08	38	44	DATE	2025-03-24			Monday

=== news: money
$ wk-num -t -d 2025-03-24
< money01	The government approved a $2.5 billion aid package.
< money02	Shares were priced at US$40 each.
< money03	The EU pledged €300 million for reconstruction.
< money04	The club paid £1.2bn for the stadium.
< money05	The ticket costs ¥500 in Tokyo.
< money06	Bread now costs 120₽ in Moscow shops.
< money07	The bank issued bonds worth USD 5m.
< money08	Germany will provide 4.2 million euros in aid.
< money09	The company lost three million dollars last quarter.
< money10	Pensions rose by 500 rubles a month.
< money11	Kyiv allocated 2 billion hryvnias for repairs.
< money12	The fine was 50 cents per bag.
< money13	Oil traded at $82.10 a barrel.
< money14	Investors poured about $1.5 trillion into the market.
< money15	The deal is worth between $5 million and $10 million.
< money16	China lent 3 billion yuan to the port.
< money17	The city raised C$16.4 million from the sale.
> money01	26	38	MONEY	2500000000	USD		$2.5 billion
> money02	22	27	MONEY	40	USD		US$40
> money03	15	29	MONEY	300000000	EUR		€300 million
> money04	14	21	MONEY	1200000000	GBP		£1.2bn
> money05	17	22	MONEY	500	JPY		¥500
> money06	6	9	DATE	PRESENT_REF			now
> money06	16	22	MONEY	120	RUB		120₽
> money07	28	34	MONEY	5000000	USD		USD 5m
> money08	21	38	MONEY	4200000	EUR		4.2 million euros
> money09	17	38	MONEY	3000000	USD		three million dollars
> money09	39	51	DATE	2024-Q4			last quarter
> money10	17	27	MONEY	500	RUB		500 rubles
> money11	15	33	MONEY	2000000000	UAH		2 billion hryvnias
> money12	13	21	MONEY	0.5	USD		50 cents
> money13	14	20	MONEY	82.1	USD		$82.10
> money14	17	36	MONEY	1500000000000	USD	APPROX	about $1.5 trillion
> money15	26	52	MONEY	5000000..10000000	USD		$5 million and $10 million
> money16	11	25	MONEY	3000000000	CNY		3 billion yuan
> money17	16	30	MONEY	16400000	CAD		C$16.4 million

=== news: quantity
$ wk-num -t -d 2025-03-24
< quantity01	The convoy stretched 15 kilometres along the highway.
< quantity02	The fire destroyed 3,000 hectares of forest.
< quantity03	Farmers harvested 1.2 million tonnes of wheat.
< quantity04	The ship carried 40,000 t of grain.
< quantity05	The parcel weighed 12 kg.
< quantity06	OPEC+ will cut output by 500,000 barrels per day.
< quantity07	Russia exported 2 million bpd of crude in May.
< quantity08	Europe imported 150 bcm of gas last year.
< quantity09	The plant will add 600 MW to the grid.
< quantity10	The country plans 10 GW of solar capacity.
< quantity11	Prices hit 200 euros per MWh.
< quantity12	The storm brought winds of 120 km/h.
< quantity13	The car was travelling at 80 mph.
< quantity14	Temperatures fell to minus 15 degrees Celsius.
< quantity15	It was 35C in the shade.
< quantity16	The wall is 3 metres high and 200 metres long.
< quantity17	The quake struck at a depth of 10 km.
< quantity18	The island covers 1,500 square kilometres.
< quantity19	The tanker holds 2 million barrels of oil.
< quantity20	The new pipeline runs 1,200 miles.
> quantity01	21	34	QUANTITY	15	km		15 kilometres
> quantity02	19	33	QUANTITY	3000	ha		3,000 hectares
> quantity03	18	36	QUANTITY	1200000	t		1.2 million tonnes
> quantity04	17	25	QUANTITY	40000	t		40,000 t
> quantity05	19	24	QUANTITY	12	kg		12 kg
> quantity06	25	48	QUANTITY	500000	bbl/d		500,000 barrels per day
> quantity07	16	29	QUANTITY	2000000	bbl/d		2 million bpd
> quantity07	42	45	DATE	2024-05			May
> quantity08	16	23	QUANTITY	150	bcm		150 bcm
> quantity08	31	40	DATE	2024			last year
> quantity09	19	25	QUANTITY	600	MW		600 MW
> quantity10	18	23	QUANTITY	10	GW		10 GW
> quantity11	11	20	MONEY	200	EUR		200 euros
> quantity12	27	35	QUANTITY	120	km/h		120 km/h
> quantity13	26	32	QUANTITY	80	mph		80 mph
> quantity14	21	45	QUANTITY	-15	°C		minus 15 degrees Celsius
> quantity15	7	10	QUANTITY	35	°C		35C
> quantity16	12	20	QUANTITY	3	m		3 metres
> quantity16	30	40	QUANTITY	200	m		200 metres
> quantity17	31	36	QUANTITY	10	km		10 km
> quantity18	18	41	QUANTITY	1500	km²		1,500 square kilometres
> quantity19	17	34	QUANTITY	2000000	bbl		2 million barrels
> quantity20	22	33	QUANTITY	1200	mi		1,200 miles

=== news: dates
$ wk-num -t -d 2025-03-24
< dates01	The talks began on March 24.
< dates02	The ceasefire took effect on 24 March 2025.
< dates03	The law takes effect on Jan. 12, 2026.
< dates04	The report was published on 2025-03-01.
< dates05	The contract was signed on 03/24/2025.
< dates06	The results are due on 03/04/2025.
< dates07	The summit was held in March 2023.
< dates08	The war began in 2022.
< dates09	He scored 2019 points in his career.
< dates10	The economy boomed in the 1990s.
< dates11	Revenue grew in Q3 2024.
< dates12	The merger closed in the third quarter of 2023.
< dates13	Prices peaked in mid-March.
< dates14	The election is expected in early 2026.
< dates15	The plant closed late last year.
< dates16	The rules change by the end of the month.
< dates17	The minister resigned yesterday.
< dates18	The vote will take place tomorrow.
< dates19	Talks collapsed last week.
< dates20	The agency will publish the data next month.
< dates21	The law was passed two years ago.
< dates22	The bridge will reopen in three weeks.
< dates23	Sales have doubled this year.
< dates24	The negotiation resumes on Wednesday, the ministry said.
< dates25	The president spoke on Friday.
< dates26	The army said on Monday that it had repelled the attack.
< dates27	Inflation is now falling.
< dates28	Prices have recently stabilised.
< dates29	The plan could change in the future.
< dates30	The drought hit farmers last summer.
< dates31	The company was founded in 1998 and listed in 2004.
< dates32	The festival runs from March 3 to 5.
< dates33	The fiscal year 2024-25 ends in June.
< dates34	He served as mayor from 2014 to 2018.
< dates35	The trial opens on Monday, March 31.
< dates36	The project ran over budget in the 2010s.
< dates37	The law was signed on February 30.
< dates38	The strike began in May.
< dates39	The deadline is the end of the year.
< dates40	The treaty was signed in the 19th century.
> dates01	19	27	DATE	2025-03-24			March 24
> dates02	29	42	DATE	2025-03-24			24 March 2025
> dates03	24	37	DATE	2026-01-12			Jan. 12, 2026
> dates04	28	38	DATE	2025-03-01			2025-03-01
> dates05	27	37	DATE	2025-03-24			03/24/2025
> dates07	23	33	DATE	2023-03			March 2023
> dates08	17	21	DATE	2022			2022
> dates09	10	14	CARDINAL	2019			2019
> dates10	22	31	DATE	199X			the 1990s
> dates11	16	23	DATE	2024-Q3			Q3 2024
> dates12	21	46	DATE	2023-Q3			the third quarter of 2023
> dates13	17	26	DATE	2025-03		MID	mid-March
> dates14	28	38	DATE	2026		START	early 2026
> dates15	17	31	DATE	2024		END	late last year
> dates16	20	40	DATE	2025-03		END	the end of the month
> dates17	22	31	DATE	2025-03-23			yesterday
> dates18	25	33	DATE	2025-03-25			tomorrow
> dates19	16	25	DATE	2025-W12			last week
> dates20	33	43	DATE	2025-04			next month
> dates21	19	32	DATE	2023			two years ago
> dates22	26	37	DATE	2025-04-14			three weeks
> dates23	19	28	DATE	2025			this year
> dates24	27	36	DATE	2025-03-26			Wednesday
> dates25	23	29	DATE	2025-03-21			Friday
> dates26	17	23	DATE	2025-03-24			Monday
> dates27	13	16	DATE	PRESENT_REF			now
> dates28	12	20	DATE	PAST_REF			recently
> dates29	25	35	DATE	FUTURE_REF			the future
> dates30	24	35	DATE	2024-SU			last summer
> dates31	27	31	DATE	1998			1998
> dates31	46	50	DATE	2004			2004
> dates32	23	35	DATE	2026-03-03..2026-03-05			March 3 to 5
> dates33	4	23	DATE	2024..2025			fiscal year 2024-25
> dates33	32	36	DATE	2025-06			June
> dates34	24	36	DATE	2014..2018			2014 to 2018
> dates35	19	35	DATE	2025-03-31			Monday, March 31
> dates36	31	40	DATE	201X			the 2010s
> dates38	20	23	DATE	2024-05			May
> dates39	16	35	DATE	2025		END	the end of the year
> dates40	29	41	DATE	18XX			19th century

=== news: times
$ wk-num -t -d 2025-03-24
< times01	The meeting starts at 10:30 a.m.
< times02	The curfew begins at 11 p.m.
< times03	The rally was held at noon.
< times04	The blast happened shortly after midnight.
< times05	Trading opens at 14:00 GMT.
< times06	The attack began at 4 a.m. on Tuesday.
< times07	The minister arrived on Monday at 9 am.
< times08	Polls close at 8 p.m. tomorrow.
< times09	The office is open from 9 a.m. to 5 p.m.
< times10	The strike ran from 5-6 pm.
< times11	The vote ended at 1400 GMT.
> times01	22	32	TIME	T10:30			10:30 a.m.
> times02	21	28	TIME	T23:00			11 p.m.
> times03	22	26	TIME	T12:00			noon
> times04	33	41	TIME	T00:00			midnight
> times05	17	26	TIME	T14:00	GMT		14:00 GMT
> times06	20	37	TIME	2025-03-18T04:00			4 a.m. on Tuesday
> times07	24	38	TIME	2025-03-24T09:00			Monday at 9 am
> times08	15	30	TIME	2025-03-25T20:00			8 p.m. tomorrow
> times09	24	40	TIME	T09:00..T17:00			9 a.m. to 5 p.m.
> times10	20	26	TIME	T17:00..T18:00			5-6 pm
> times11	18	26	TIME	T14:00	GMT		1400 GMT

=== news: durations
$ wk-num -t -d 2025-03-24
< durations01	The two sides agreed a 30-day ceasefire.
< durations02	The project will take six months.
< durations03	The operation lasted three hours.
< durations04	Repairs will take a month or two.
< durations05	The conflict has dragged on for years.
< durations06	Aid deliveries were suspended for several months.
< durations07	He spent 15 years in prison.
< durations08	The talks lasted nearly two weeks.
< durations09	The 10-year bond yield rose.
< durations10	The journey takes about 45 minutes.
< durations11	The bank reviews rates every Monday.
< durations12	The magazine is published weekly.
< durations13	Inspectors visit the site every two weeks.
< durations14	Buses run every day.
< durations15	The market is closed on Sundays.
< durations16	Officials meet daily.
< durations17	The plan will run for a decade.
< durations18	Shelling continued for more than 48 hours.
< durations19	The talks took a few days.
> durations01	4	7	CARDINAL	2			two
> durations01	23	29	DURATION	P30D			30-day
> durations02	22	32	DURATION	P6M			six months
> durations03	21	32	DURATION	PT3H			three hours
> durations04	18	32	DURATION	P1M..P2M			a month or two
> durations05	32	37	DURATION	PXY			years
> durations06	34	48	DURATION	PXM			several months
> durations07	9	17	DURATION	P15Y			15 years
> durations08	17	33	DURATION	P2W		APPROX	nearly two weeks
> durations09	4	11	DURATION	P10Y			10-year
> durations10	18	34	DURATION	PT45M		APPROX	about 45 minutes
> durations11	23	35	SET	XXXX-WXX-1			every Monday
> durations12	26	32	SET	P1W			weekly
> durations13	26	41	SET	P2W			every two weeks
> durations14	10	19	SET	P1D			every day
> durations15	24	31	SET	XXXX-WXX-7			Sundays
> durations16	15	20	SET	P1D			daily
> durations17	22	30	DURATION	P1DE			a decade
> durations18	23	41	DURATION	PT48H		MORE_THAN	more than 48 hours
> durations19	15	25	DURATION	PXD			a few days

=== news: notnum
$ wk-num -t -d 2025-03-24
< notnum01	Call 555-1234 for details.
< notnum02	The update to version 1.2.3 fixed the bug.
< notnum03	The server at 192.168.1.2 went down.
< notnum04	See https://example.com/2025/03/24/story for details.
< notnum05	Write to press@example.org for comment.
< notnum06	The COVID-19 pandemic hit tourism.
< notnum07	The F-16 jets arrived.
< notnum08	The A320 landed safely.
< notnum09	The G7 leaders met.

=== news: holidays, sets, parts of days, ranges
$ wk-num -t -d 2025-03-24
< extra01	Shops close on Christmas Eve and reopen after Easter Monday 2024.
< extra02	Thanksgiving falls late this year, and Black Friday 2024 was busy.
< extra03	The blast hit last night at 8 p.m. near the port.
< extra04	Rallies are held on Friday mornings, every night and at weekends.
< extra05	The council meets twice a week and publishes an annual report.
< extra06	We met over the weekend to discuss the plan.
< extra07	The ruins date from 3,000 years ago.
< extra08	The Senate voted 68-34 to approve the $5-10 million fund.
< extra09	The 2002 Bali bombings killed 202 people, the 2000 delegates said.
< extra10	The strike lasted one and a half years, or 18 months.
< extra11	Shelling resumed in the morning and stopped at 18.45.
< extra12	Output rose 2.5% in the 1st quarter of 2013 and fell in the first half.
< extra13	Between January and April 2015, exports doubled.
< extra14	The talks will take place from next Monday to Friday.
< extra15	The fire burned for five and a half hours.
> extra01	15	28	DATE	2025-12-24			Christmas Eve
> extra01	46	64	DATE	2024-04-01			Easter Monday 2024
> extra02	0	12	DATE	2025-11-27			Thanksgiving
> extra02	19	33	DATE	2025		END	late this year
> extra02	39	56	DATE	2024-11-29			Black Friday 2024
> extra03	14	34	TIME	2025-03-23T20:00			last night at 8 p.m.
> extra04	20	35	SET	XXXX-WXX-5TMO			Friday mornings
> extra04	37	48	SET	TNI			every night
> extra04	56	64	SET	XXXX-WXX-WE			weekends
> extra05	18	30	SET	P1W			twice a week
> extra05	48	54	SET	P1Y			annual
> extra06	16	23	DATE	2025-W12-WE			weekend
> extra07	20	35	DATE	BC0976			3,000 years ago
> extra08	17	19	CARDINAL	68			68
> extra08	20	22	CARDINAL	34			34
> extra08	38	51	MONEY	5000000..10000000	USD		$5-10 million
> extra09	4	8	DATE	2002			2002
> extra09	30	33	CARDINAL	202			202
> extra09	46	50	CARDINAL	2000			2000
> extra10	18	38	DURATION	P1.5Y			one and a half years
> extra10	43	52	DURATION	P18M			18 months
> extra11	24	31	TIME	TMO			morning
> extra11	47	52	TIME	T18:45			18.45
> extra12	12	16	PERCENT	2.5	%		2.5%
> extra12	24	43	DATE	2013-Q1			1st quarter of 2013
> extra12	56	70	DATE	2025-H1			the first half
> extra13	8	30	DATE	2015-01..2015-04			January and April 2015
> extra14	31	52	DATE	2025-03-31..2025-04-04			next Monday to Friday
> extra15	20	41	DURATION	PT5.5H			five and a half hours

=== a unit written twice is one range; a change to a new value is not
$ wk-num
< Rates were held at 4.25% to 4.5%, and growth between 1% and 2% is expected.
< The shares fell 12p to 345p; the Fed raised rates from 4% to 4.25%.
< The firm plans to raise 175 million to 180 million euros.
> -	19	32	PERCENT	4.25..4.5	%		4.25% to 4.5%
> -	53	62	PERCENT	1..2	%		1% and 2%
> -	92	95	MONEY	0.12	GBP		12p
> -	99	103	MONEY	3.45	GBP		345p
> -	131	133	PERCENT	4	%		4%
> -	137	142	PERCENT	4.25	%		4.25%
> -	168	200	MONEY	175000000..180000000	EUR		175 million to 180 million euros

=== basis points and fractions of a percentage point are percentage points
$ wk-num
< The Fed cut by 25 basis points, or a quarter of a percentage point, after half a percentage point in May; spreads widened 30bp.
> -	15	30	PERCENT	0.25	pp		25 basis points
> -	35	66	PERCENT	0.25	pp		a quarter of a percentage point
> -	74	97	PERCENT	0.5	pp		half a percentage point
> -	101	104	DATE	XXXX-05			May
> -	122	126	PERCENT	0.3	pp		30bp

=== 5G is a network, a capital M a million, a capital G no gram, A $ the article
$ wk-num
< The 5G network has 10M users; a $5M deal covers 1.5 M people, 2 G of data and a 5g sachet. A $43 million contract.
> -	19	22	CARDINAL	10000000			10M
> -	32	35	MONEY	5000000	USD		$5M
> -	48	53	CARDINAL	1500000			1.5 M
> -	62	63	CARDINAL	2			2
> -	80	82	QUANTITY	5	g		5g
> -	93	104	MONEY	43000000	USD		$43 million

=== an age is its duration, the whole hyphenated word its text
$ wk-num
< A 27-year-old man and his six-month-old son.
> -	2	13	DURATION	P27Y			27-year-old
> -	26	39	DURATION	P6M			six-month-old

=== news: fiscal years, year to date, fortnights, a holiday's year by tense, 'and may'
$ wk-num -t -d 2025-11-14
< hol01	Shops closed early on Christmas Eve, the association said.
< hol02	The minister will announce the plan before New Year.
< hol03	Thanksgiving falls late this year.
< fy01	Revenue rose 8% in fiscal 2024 and will grow in fiscal year 2025.
< fy02	The company cut its FY25 forecast after a weak FY2024 and FY 2023.
< fy03	Losses narrowed in the last fiscal year and the current financial year.
< fy04	The financial year 2023-24 ended in March; fiscal policy is tight.
< fn01	Talks resume in a fortnight.
< fn02	Prices have fallen over the past fortnight and may rise in the next fortnight.
< ytd01	The index is down 12% year to date, and year-to-date sales are flat.
< ytd02	YTD returns beat the benchmark; a year to remember.
< may01	Prices fell over the past fortnight and may rise in May.
> hol01	13	35	DATE	2024-12-24		START	early on Christmas Eve
> hol02	43	51	DATE	2026-01-01			New Year
> hol03	0	12	DATE	2025-11-27			Thanksgiving
> hol03	19	33	DATE	2025		END	late this year
> fy01	13	15	PERCENT	8	%		8%
> fy01	19	30	DATE	FY2024			fiscal 2024
> fy01	48	64	DATE	FY2025			fiscal year 2025
> fy02	20	24	DATE	FY2025			FY25
> fy02	47	53	DATE	FY2024			FY2024
> fy02	58	65	DATE	FY2023			FY 2023
> fy03	23	39	DATE	FY2024			last fiscal year
> fy03	48	70	DATE	FY2025			current financial year
> fy04	4	26	DATE	2023..2024			financial year 2023-24
> fy04	36	41	DATE	2025-03			March
> fn01	16	27	DATE	2025-11-28			a fortnight
> fn02	28	42	DURATION	P2W			past fortnight
> fn02	63	77	DURATION	P2W			next fortnight
> ytd01	18	21	PERCENT	12	%		12%
> ytd01	22	34	DATE	2025-01-01..2025-11-14			year to date
> ytd01	40	52	DATE	2025-01-01..2025-11-14			year-to-date
> ytd02	0	3	DATE	2025-01-01..2025-11-14			YTD
> may01	21	35	DURATION	P2W			past fortnight
> may01	52	55	DATE	2025-05			May

=== news: 'at 7.12' is a level after a market verb or before 'per', a time otherwise; zones after dotted times and noon
$ wk-num -t -d 2025-11-14
< lv01	The yuan was at 7.12 per dollar and the euro traded at 1.16.
< lv02	The 10-year yield stood at 4.10 while rates held at 4.25.
< lv03	Shelling stopped at 18.45, and kick-off is at 19.45 GMT on Saturday.
< lv04	The summit opens at noon ET; the vote closes at 14.30 CET.
> lv01	16	20	CARDINAL	7.12			7.12
> lv01	55	59	CARDINAL	1.16			1.16
> lv02	4	11	DURATION	P10Y			10-year
> lv02	27	31	CARDINAL	4.1			4.10
> lv02	52	56	CARDINAL	4.25			4.25
> lv03	20	25	TIME	T18:45			18.45
> lv03	46	67	TIME	2025-11-08T19:45	GMT		19.45 GMT on Saturday
> lv04	20	27	TIME	T12:00	ET		noon ET
> lv04	48	57	TIME	T14:30	CET		14.30 CET

=== news: a year after a month or a quarter (of last year, this year, a comma), the dots of p.m., since
$ wk-num -t -d 2025-11-14
< ry01	She has been under house arrest since May, 2003, and talks stalled in June last year.
< ry02	Growth will slow in the second half of next year after the third quarter of last year.
< ry03	Diwali falls on Oct. 20 this year; he will speak at 9 p.m. on Sunday.
< ry04	The index is up 15% since Jan. 20.
> ry01	38	47	DATE	2003-05			May, 2003
> ry01	70	84	DATE	2024-06			June last year
> ry02	20	48	DATE	2026-H2			the second half of next year
> ry02	55	85	DATE	2024-Q3			the third quarter of last year
> ry03	0	6	DATE				Diwali
> ry03	16	33	DATE	2025-10-20			Oct. 20 this year
> ry03	52	68	TIME	2025-11-16T21:00			9 p.m. on Sunday
> ry04	16	19	PERCENT	15	%		15%
> ry04	26	33	DATE	2025-01-20			Jan. 20

=== news: negated comparatives, 'close to', 'a minimum of', 'or more', '-plus' and '+'
$ wk-num -t -d 2025-11-14
< md01	No more than 10 people may gather, and no fewer than 15 ministers resigned.
< md02	Close to 50,000 people attended; a minimum of 30 seats is needed.
< md03	The bank needs $1 billion or more, and 10 or so ships sailed.
< md04	A $400bn-plus package and $1bn+ deals, with 200-plus flights.
> md01	0	15	CARDINAL	10		EQUAL_OR_LESS	No more than 10
> md01	39	55	CARDINAL	15		EQUAL_OR_MORE	no fewer than 15
> md02	0	15	CARDINAL	50000		APPROX	Close to 50,000
> md02	33	48	CARDINAL	30		EQUAL_OR_MORE	a minimum of 30
> md03	15	33	MONEY	1000000000	USD	EQUAL_OR_MORE	$1 billion or more
> md03	39	47	CARDINAL	10		APPROX	10 or so
> md04	2	13	MONEY	400000000000	USD	EQUAL_OR_MORE	$400bn-plus
> md04	26	31	MONEY	1000000000	USD	EQUAL_OR_MORE	$1bn+
> md04	44	52	CARDINAL	200		EQUAL_OR_MORE	200-plus

=== news: scores and records, percent ranges with a dash, rate moves in points
$ wk-num -t -d 2025-11-14
< sc01	Arsenal lost 1-2 at home; the Jets (2-8) face the Patriots (9-2) after a 47-53 minority vote.
< sc02	Between 5-10 people died as prices rose 10-15% for ages 18-24.
< pr01	The Fed cut its target range to 3.75%-4% as wages grew 4.6%-4.8%, and rose 1% to 2%.
< bp01	The Fed delivered a 50-basis-point cut after a 25-bp hike and a 25 basis-point cut.
< bp02	It cut rates by a quarter point, then by half a point, in a half-percentage-point move; the gap rose 0.3 ppt.
> sc01	13	14	CARDINAL	1			1
> sc01	15	16	CARDINAL	2			2
> sc01	36	37	CARDINAL	2			2
> sc01	38	39	CARDINAL	8			8
> sc01	60	61	CARDINAL	9			9
> sc01	62	63	CARDINAL	2			2
> sc01	73	75	CARDINAL	47			47
> sc01	76	78	CARDINAL	53			53
> sc02	8	12	CARDINAL	5..10			5-10
> sc02	40	46	PERCENT	10..15	%		10-15%
> sc02	56	61	CARDINAL	18..24			18-24
> pr01	32	40	PERCENT	3.75..4	%		3.75%-4%
> pr01	55	64	PERCENT	4.6..4.8	%		4.6%-4.8%
> pr01	75	77	PERCENT	1	%		1%
> pr01	81	83	PERCENT	2	%		2%
> bp01	20	34	PERCENT	0.5	pp		50-basis-point
> bp01	47	52	PERCENT	0.25	pp		25-bp
> bp01	64	78	PERCENT	0.25	pp		25 basis-point
> bp02	16	31	PERCENT	0.25	pp		a quarter point
> bp02	41	53	PERCENT	0.5	pp		half a point
> bp02	58	81	PERCENT	0.5	pp		a half-percentage-point
> bp02	101	108	PERCENT	0.3	pp		0.3 ppt

=== news: late on, end-2025, year-end, the 2008-09 crisis, a month range before a noun, a season with its year
$ wk-num -t -d 2025-11-14
< ds01	The talks ended late on Friday; debt will reach 100% of GDP by end-2025 and fall by year-end.
< ds02	The bank was bailed out during the 2008-09 crisis; sales in 2015-12 fell.
< ds03	Growth slowed in the July-September quarter.
< ds04	Oil prices peaked in the summer of 2022, and the store will open in spring 2026; prices fall 2022 levels.
> ds01	16	30	DATE	2025-11-14		END	late on Friday
> ds01	48	52	PERCENT	100	%		100%
> ds01	63	71	DATE	2025		END	end-2025
> ds01	84	92	DATE	2025		END	year-end
> ds02	35	42	DATE	2008..2009			2008-09
> ds02	60	67	DATE	2015-12			2015-12
> ds03	21	35	DATE	2025-07..2025-09			July-September
> ds04	25	39	DATE	2022-SU			summer of 2022
> ds04	68	79	DATE	2026-SP			spring 2026
> ds04	93	97	DATE	2022			2022

=== news: feasts of lunar calendars, Cyber Monday, lists of years, 'or later'
$ wk-num -t -d 2025-11-14
< lu01	Travel peaks ahead of the Lunar New Year, and Ramadan 2025 began in March.
< lu02	Sales on Cyber Monday rose.
< yl01	Shares fell in 2021, 2022 and 2023; the target year is 2035 or later.
> lu01	26	40	DATE				Lunar New Year
> lu01	46	58	DATE	2025			Ramadan 2025
> lu01	68	73	DATE	2025-03			March
> lu02	9	21	DATE	2024-12-02			Cyber Monday
> yl01	15	19	DATE	2021			2021
> yl01	21	25	DATE	2022			2022
> yl01	30	34	DATE	2023			2023
> yl01	55	68	DATE	2035		EQUAL_OR_MORE	2035 or later

=== news: the present of a schedule (sched.txt) picks the coming day, a report's past tense does not
$ wk-num -t -d 2025-11-14
< sch01	Lawmakers return to Washington on Monday.
< sch02	Officials said talks resume on Wednesday.
< sch03	The minister arrives on Sunday and meets Modi on Monday.
< sch04	Police said the attack happened on Tuesday; the vote on Monday was close.
< sch05	The ministry announced Monday that tests on Saturday confirmed the strain.
> sch01	34	40	DATE	2025-11-17			Monday
> sch02	31	40	DATE	2025-11-19			Wednesday
> sch03	24	30	DATE	2025-11-16			Sunday
> sch03	49	55	DATE	2025-11-17			Monday
> sch04	35	42	DATE	2025-11-11			Tuesday
> sch04	56	62	DATE	2025-11-10			Monday
> sch05	23	29	DATE	2025-11-10			Monday
> sch05	44	52	DATE	2025-11-08			Saturday

=== news: names with a weekday or a set word, 'to march', the day after tomorrow, an hour and a half
$ wk-num -t -d 2025-11-14
< nm01	Protesters plan to march on parliament, The Sunday Times reported on Sunday.
< nm02	The Daily Mail said annual inflation slowed.
< nm03	Talks will resume the day after tomorrow; it happened the day before yesterday.
< nm04	The meeting lasted an hour and a half, and ferries run four times a day.
< nm05	Stocks fell for a second straight day; inflation is at its highest in 40 years.
< nm06	Prices rose over the past year and the past fortnight.
> nm01	69	75	DATE	2025-11-09			Sunday
> nm02	20	26	SET	P1Y			annual
> nm03	22	40	DATE	2025-11-16			day after tomorrow
> nm03	58	78	DATE	2025-11-12			day before yesterday
> nm04	19	37	DURATION	PT1.5H			an hour and a half
> nm04	55	71	SET	P1D			four times a day
> nm05	18	24	ORDINAL	2			second
> nm05	70	78	DURATION	P40Y			40 years
> nm06	21	30	DURATION	P1Y			past year
> nm06	39	53	DURATION	P2W			past fortnight

=== news: overnight, a year earlier, each January, every summer
$ wk-num -t -d 2025-11-14
< ov01	Russia launched 99 drones overnight; the overnight rate rose, and rain will fall overnight.
< ye01	Profit fell 10% from a year earlier; three days earlier, he left.
< se01	Rents rise each January and every summer.
> ov01	16	18	CARDINAL	99			99
> ov01	26	35	TIME	2025-11-13TNI			overnight
> ov01	81	90	TIME	2025-11-14TNI			overnight
> ye01	12	15	PERCENT	10	%		10%
> ye01	21	35	DATE	2024			a year earlier
> ye01	37	47	DURATION	P3D			three days
> se01	11	23	SET	XXXX-01			each January
> se01	28	40	SET	XXXX-SU			every summer

=== news: a year earlier after an amount, spans of quarters, a third by, ranks without modifiers, race times, ages, titles
$ wk-num -t -d 2025-11-14
< p301	Inflation eased to 5.1% from 6.4% a year earlier; it was the first contraction in six quarters.
< p302	The workforce will be cut by roughly a third by 2027, and the population has shrunk by 2.4 million to 48.5 million.
< p303	Chelsea moved up to third; Kiprotich finished in 2:04:37.
< p304	Sanae Takaichi, 64, met the man, aged 41, on March 3, 2025.
< p305	Thousands came to witness Mr. Morales take the oath of office Sunday, and the Americans host Morocco on Tuesday.
> p301	19	23	PERCENT	5.1	%		5.1%
> p301	29	33	PERCENT	6.4	%		6.4%
> p301	34	48	DATE	2024			a year earlier
> p301	61	66	ORDINAL	1			first
> p301	82	94	DURATION	P18M			six quarters
> p302	29	44	CARDINAL	0.333333		APPROX	roughly a third
> p302	48	52	DATE	2027			2027
> p302	87	98	CARDINAL	2400000			2.4 million
> p302	102	114	CARDINAL	48500000			48.5 million
> p303	20	25	ORDINAL	3			third
> p303	49	56	DURATION	PT2H4M37S			2:04:37
> p304	16	18	DURATION	P64Y			64
> p304	38	40	DURATION	P41Y			41
> p304	45	58	DATE	2025-03-03			March 3, 2025
> p305	62	68	DATE	2025-11-09			Sunday
> p305	104	111	DATE	2025-11-18			Tuesday

=== news: the currency of a compared amount, a tiebreak, a date before a noun
$ wk-num -t -d 2025-11-14
< cu01	Net debt rose to 8.6 billion euros at end-September from 7.9 billion.
< cu02	It cost $5, up from 4, and he paid $5 to 3 people.
< tb01	Alcaraz beat Taylor Fritz 6-7(2) 7-5 6-3.
< nd01	Rates markets are pricing in a December cut.
> cu01	17	34	MONEY	8600000000	EUR		8.6 billion euros
> cu01	38	51	DATE	2025-09		END	end-September
> cu01	57	68	MONEY	7900000000	EUR		7.9 billion
> cu02	8	10	MONEY	5	USD		$5
> cu02	20	21	MONEY	4	USD		4
> cu02	35	37	MONEY	5	USD		$5
> cu02	41	42	CARDINAL	3			3
> tb01	26	27	CARDINAL	6			6
> tb01	28	29	CARDINAL	7			7
> tb01	30	31	CARDINAL	2			2
> tb01	33	34	CARDINAL	7			7
> tb01	35	36	CARDINAL	5			5
> tb01	37	38	CARDINAL	6			6
> tb01	39	40	CARDINAL	3			3
> nd01	31	39	DATE	2025-12			December

=== news: a coming range of days that has begun
$ wk-num -t -d 2025-11-14
< rg11	The COP30 summit runs from Nov. 10 to 21; it ran from Nov. 10 to 12 last year.
> rg11	27	40	DATE	2025-11-10..2025-11-21			Nov. 10 to 21
> rg11	54	77	DATE	2024-11-10..2024-11-12			Nov. 10 to 12 last year
