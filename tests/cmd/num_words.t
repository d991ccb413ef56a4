# wk-num: numbers in words and their fractions, scales, decimals read
# aloud and powers, in news-style sentences written for these tests.

=== words: spelled fractions; 'a third of' against 'a third term'; shares
$ wk-num -t -q -d 2025-03-24
< frac01	Three fifths of the districts reported turnout above the national average.
< frac02	The vaccine reached one twenty-fifth of the population in the first month.
< frac03	Only three twenty-firsts of the ballots were spoiled.
< frac04	The chip switches in a trillionth of a second.
< frac05	Rainfall was a hundred thousandths of an inch below the record.
< frac06	Two thirds of a million people live in the valley.
< frac07	About three-quarters of a million square kilometres of reef are protected.
< frac08	The rope measured two and fifty-four hundredths metres.
< frac09	He won a fifth term and a third straight majority.
< frac10	A third of the budget and a fifth of the staff were cut.
< frac11	The city marked the one hundredth anniversary of the bridge.
< frac12	One in five adults smokes, and nine out of 10 doctors advise against it.
< frac13	The Sadrists won 39 out of 325 seats.
< frac14	More than half the seats went to the ruling party.
< frac15	Nearly half were younger than 18.
< frac16	The answer came to one hundred and thirty fifths of the original figure.
< frac17	Five - eighths of the land is forest.
> frac01	0	12	CARDINAL	0.6			Three fifths
> frac02	20	36	CARDINAL	0.04			one twenty-fifth
> frac02	62	67	ORDINAL	1			first
> frac03	5	24	CARDINAL	0.142857			three twenty-firsts
> frac04	21	33	CARDINAL	0.000000000001			a trillionth
> frac04	39	45	ORDINAL	2			second
> frac05	13	34	CARDINAL	0.1			a hundred thousandths
> frac06	0	23	CARDINAL	666666.666667			Two thirds of a million
> frac07	0	51	QUANTITY	750000	km²	APPROX	About three-quarters of a million square kilometres
> frac08	18	54	QUANTITY	2.54	m		two and fifty-four hundredths metres
> frac09	9	14	ORDINAL	5			fifth
> frac09	26	31	ORDINAL	3			third
> frac10	0	7	CARDINAL	0.333333			A third
> frac10	26	33	CARDINAL	0.2			a fifth
> frac11	20	33	ORDINAL	100			one hundredth
> frac12	0	11	CARDINAL	0.2			One in five
> frac12	31	45	CARDINAL	0.9			nine out of 10
> frac13	17	19	CARDINAL	39			39
> frac13	27	30	CARDINAL	325			325
> frac14	0	14	CARDINAL	0.5		MORE_THAN	More than half
> frac15	0	11	CARDINAL	0.5		APPROX	Nearly half
> frac15	30	32	CARDINAL	18			18
> frac16	19	48	CARDINAL	26			one hundred and thirty fifths
> frac17	0	14	CARDINAL	0.625			Five - eighths

=== words: scales: fractions of a scale, a rest after and, dozens, hyphens
$ wk-num -t -q -d 2025-03-24
< scale01	The fund now holds one billion and a half million dollars in reserves.
< scale02	Exports reached five billion and three quarters last year.
< scale03	The survey counted 6 crore and two hundred households.
< scale04	The shop sold three dozen eggs and 4 dz rolls.
< scale05	Organisers ordered two hundred and two dozen chairs.
< scale06	Approximately two-thousand troops crossed and two-dozen jets flew over.
> scale01	9	12	DATE	PRESENT_REF			now
> scale01	19	57	MONEY	1000500000	USD		one billion and a half million dollars
> scale02	16	47	CARDINAL	5750000000			five billion and three quarters
> scale02	48	57	DATE	2024			last year
> scale03	19	42	CARDINAL	60000200			6 crore and two hundred
> scale04	14	25	CARDINAL	36			three dozen
> scale04	35	39	CARDINAL	48			4 dz
> scale05	19	44	CARDINAL	224			two hundred and two dozen
> scale06	0	26	CARDINAL	2000		APPROX	Approximately two-thousand
> scale06	46	55	CARDINAL	24			two-dozen

=== words: 'point' decimals read aloud, digit by digit or in pairs
$ wk-num -t -q -d 2025-03-24
< point01	The index closed at two hundred point seventy-one.
< point02	Growth was nought point eleven percent, after zero point zero eight.
> point01	20	49	CARDINAL	200.71			two hundred point seventy-one
> point02	11	38	PERCENT	0.11	%		nought point eleven percent
> point02	46	67	CARDINAL	0.08			zero point zero eight

=== words: powers and scientific notation; too big is empty
$ wk-num -t -q -d 2025-03-24
< expo01	The sample held 10^6 cells, and the error was 2.5^-1 of the mean.
< expo02	The signal decayed by 1.1^23, a factor written -12e-1 in the log.
< expo03	The value 10^400 cannot be written out.
> expo01	16	20	CARDINAL	1000000			10^6
> expo01	46	52	CARDINAL	0.4			2.5^-1
> expo02	22	28	CARDINAL	8.954302			1.1^23
> expo02	47	53	CARDINAL	-1.2			-12e-1
> expo03	10	16	CARDINAL				10^400

=== words: units side by side are two numbers
$ wk-num -t -q -d 2025-03-24
< sep01	They scored three four times in a row, and one one hundred fifth was lost.
> sep01	12	17	CARDINAL	3			three
> sep01	18	22	CARDINAL	4			four
> sep01	43	64	CARDINAL	0.00952381			one one hundred fifth
=== words: a glued hyphen between words is not a range; MM is a million in finance
$ wk-num -t -q
< r1	The Italians took a one-two finish, and the band played three-nought-four.
< r2	The revenue target is US$ 1MM, and 5mm of rain fell.
< r3	Turnout rose 5-10% and stood at one hundred percents in two districts.
> r1	20	23	CARDINAL	1			one
> r1	24	27	CARDINAL	2			two
> r1	56	61	CARDINAL	3			three
> r1	62	68	CARDINAL	0			nought
> r1	69	73	CARDINAL	4			four
> r2	22	29	MONEY	1000000	USD		US$ 1MM
> r2	35	38	QUANTITY	5	mm		5mm
> r3	13	18	PERCENT	5..10	%		5-10%
> r3	32	52	PERCENT	100	%		one hundred percents
> r3	56	59	CARDINAL	2			two

=== words: a share before a noun, but not before a unit or out of an odd count
$ wk-num -t -q
< s1	One in 10 voters backed the plan, and three out of four members agreed.
< s2	Runners covered 3 out of 4 km; it rained 2 out of 3 days; they won 39 out of 325 seats.
> s1	0	9	CARDINAL	0.1			One in 10
> s1	38	55	CARDINAL	0.75			three out of four
> s2	16	17	CARDINAL	3			3
> s2	25	29	QUANTITY	4	km		4 km
> s2	41	42	CARDINAL	2			2
> s2	50	56	DURATION	P3D			3 days
> s2	67	69	CARDINAL	39			39
> s2	77	80	CARDINAL	325			325

=== words: a spaced k after a decimal ends a clause; before a noun it does not
$ wk-num
< Downloads reached 2.33 k. Sales hit 2.33 k units, and the 10 k run starts at noon.
> -	18	24	CARDINAL	2330			2.33 k
> -	36	40	CARDINAL	2.33			2.33
> -	58	60	CARDINAL	10			10
> -	77	81	TIME	T12:00			noon

