# wk-num fixes from a news probe (branch amt): sentences invented for these tests.

=== amt: a number after a capitalised label, an index or a maker is a name, no row; 'version' in any case; lower case and counts stay
$ wk-num -t -q -d 2025-03-24
< lb01	The S&P 500 and the Nasdaq 100 rose while the FTSE 100 slipped 0.4%.
< lb02	Traders watched the Euro Stoxx 50, the Nikkei 225 and the Russell 2000.
< lb03	Lawyers cited Section 301 and Article 6 of the charter, not 6 articles.
< lb04	The carrier sought Chapter 11 protection after Flight 2017 was cancelled.
< lb05	Voters backed Proposition 36 on Route 99 near Interstate 80.
< lb06	The firm shipped version 3.1 and then Version 4.0 of the software.
< lb07	She drew from her 401(k) and met the Group of Twenty in Rome.
< lb08	The prime minister left 10 Downing Street at noon.
< lb09	Dial 999 for an ambulance, and call 112 in Europe.
< lb10	The No. 3 ranked player beat 3 rivals on Court No. 17.
< lb11	Five sections of the law and section 9 were struck down.
> lb01	63	67	PERCENT	0.4	%		0.4%
> lb03	60	61	CARDINAL	6			6
> lb08	45	49	TIME	T12:00			noon
> lb10	29	30	CARDINAL	3			3
> lb11	0	4	CARDINAL	5			Five
> lb11	37	38	CARDINAL	9			9

=== amt: spaced bn, mn, tn scales and a glued capital T after a currency symbol
$ wk-num -t -q -d 2025-03-24
< sc01	The buyout is worth $4 bn and the bank raised 1.5 bn euros.
< sc02	The chipmaker spent $700 mn while the debt hit $36 tn.
< sc03	The startup hopes for a $2T valuation, not 5 MN.
> sc01	20	25	MONEY	4000000000	USD		$4 bn
> sc01	46	58	MONEY	1500000000	EUR		1.5 bn euros
> sc02	20	27	MONEY	700000000	USD		$700 mn
> sc02	47	53	MONEY	36000000000000	USD		$36 tn
> sc03	24	27	MONEY	2000000000000	USD		$2T
> sc03	43	44	CARDINAL	5			5

=== amt: nationality currencies, crowns, cents of a named currency, and abbreviations glued to digits (N and R only before a scale word)
$ wk-num -t -q -d 2025-03-24
< cu01	Spotify paid 2 billion Swedish kronor and Equinor 8 billion Norwegian crowns.
< cu02	The grant is 300 million Danish kroner and 5 billion Czech crowns.
< cu03	The mine cost 4 billion South African rand and 7 billion ringgit.
< cu04	A loaf costs 90 bolivars, 15,000 rupiah, 40 baht or 6 cedis.
< cu05	Tickets cost Rs450 and the scheme Rs3,500 crore.
< cu06	Petronas will invest RM45 billion; KSh 2,000 is the fee; Tk800 buys rice.
< cu07	The budget is N800 billion and Eskom owes R400 billion.
< cu08	Medics wore N95 masks on the R2 road near Rp 12,000 stalls.
< cu09	A bus ride is 80 US cents and a stamp 95 euro cents.
> cu01	13	37	MONEY	2000000000	SEK		2 billion Swedish kronor
> cu01	50	76	MONEY	8000000000	NOK		8 billion Norwegian crowns
> cu02	13	38	MONEY	300000000	DKK		300 million Danish kroner
> cu02	43	65	MONEY	5000000000	CZK		5 billion Czech crowns
> cu03	14	42	MONEY	4000000000	ZAR		4 billion South African rand
> cu03	47	64	MONEY	7000000000	MYR		7 billion ringgit
> cu04	13	24	MONEY	90	VES		90 bolivars
> cu04	26	39	MONEY	15000	IDR		15,000 rupiah
> cu04	41	48	MONEY	40	THB		40 baht
> cu04	52	59	MONEY	6	GHS		6 cedis
> cu05	13	18	MONEY	450	INR		Rs450
> cu05	34	47	MONEY	35000000000	INR		Rs3,500 crore
> cu06	21	33	MONEY	45000000000	MYR		RM45 billion
> cu06	35	44	MONEY	2000	KES		KSh 2,000
> cu06	57	62	MONEY	800	BDT		Tk800
> cu07	14	26	MONEY	800000000000	NGN		N800 billion
> cu07	42	54	MONEY	400000000000	ZAR		R400 billion
> cu08	42	51	MONEY	12000	IDR		Rp 12,000
> cu09	14	25	MONEY	0.8	USD		80 US cents
> cu09	38	51	MONEY	0.95	EUR		95 euro cents

=== amt: pounds are sterling after a money word or before a bracketed conversion, weight otherwise
$ wk-num -t -q -d 2025-03-24
< pd01	The court fined the trader 250,000 pounds ($320,000) for fraud.
< pd02	The club paid 400,000 pounds for the land.
< pd03	The jet carried a 2,000-pound bomb and 300 pounds of fuel.
< pd04	The boxer weighed 160 pounds.
> pd01	27	41	MONEY	250000	GBP		250,000 pounds
> pd01	43	51	MONEY	320000	USD		$320,000
> pd02	14	28	MONEY	400000	GBP		400,000 pounds
> pd03	18	29	QUANTITY	2000	lb		2,000-pound
> pd03	39	49	QUANTITY	300	lb		300 pounds
> pd04	18	28	QUANTITY	160	lb		160 pounds

=== amt: a lone space-grouped triple not ending in 0 before a name or plural is a model after a count; letter-hyphen-number and maker models are no rows
$ wk-num -t -q -d 2025-03-24
< md01	The airline ordered 25 737 MAX jets and 10 787 Dreamliners.
< md02	Cargo firms bought 15 747 freighters.
< md03	Russia fielded T-80 tanks, S-300 batteries and B-1 bombers.
< md04	The Boeing 777-9 and the 737X joined Leopard 2 tanks and Type 26 frigates.
< md05	Crowds of 12 000 people and 40 500 fans came.
> md01	20	22	CARDINAL	25			25
> md01	40	42	CARDINAL	10			10
> md02	19	21	CARDINAL	15			15
> md05	10	16	CARDINAL	12000			12 000
> md05	28	34	CARDINAL	40500			40 500

=== amt: a minus glued before a currency symbol makes the amount negative and is in the span
$ wk-num -t -q -d 2025-03-24
< mi01	Net income swung to -$2.1 billion (-$450m) in the quarter.
< mi02	The fund returned -€3m, a pre-$5 fee.
> mi01	20	33	MONEY	-2100000000	USD		-$2.1 billion
> mi01	35	41	MONEY	-450000000	USD		-$450m
> mi02	18	24	MONEY	-3000000	EUR		-€3m
> mi02	32	34	MONEY	5	USD		$5

=== amt: a/an and per annum make a rate, mtpa is tonnes a year, sq miles are square miles; a year ago stays a date
$ wk-num -t -q -d 2025-03-24
< rt01	The mine produces 30 million tonnes a year and 15 bcm a year of gas.
< rt02	The plant turns out 3 million tonnes per annum, or 4.5 mtpa.
< rt03	The reserve covers 50,000 sq miles; he left a year ago after 5 km a day.
> rt01	18	42	QUANTITY	30000000	t/yr		30 million tonnes a year
> rt01	47	60	QUANTITY	15	bcm/yr		15 bcm a year
> rt02	20	46	QUANTITY	3000000	t/yr		3 million tonnes per annum
> rt02	51	59	QUANTITY	4500000	t/yr		4.5 mtpa
> rt03	19	34	QUANTITY	50000	mi²		50,000 sq miles
> rt03	44	54	DATE	2024			a year ago
> rt03	61	71	QUANTITY	5	km/d		5 km a day
