# wk-num --numbers: every number on its own, as Recognizers-Text's
# NumberModel finds them: the number inside an amount, a date or a time
# keeps only its own extent, a range is two numbers, and what is no number
# (telephone numbers, "no one") stays out. Sentences written for these
# tests.

=== numbers: inside amounts, dates, times and ranges, each number alone
$ wk-num -t -q -d 2025-03-24 --numbers
< n01	The company agreed to pay $2.5 billion, or about 40 cents a share.
< n02	The ceasefire signed on 5/17/2018 at 10:30 a.m. held for three weeks.
< n03	Inflation rose 3.2% in the third quarter, from 2.9 percent.
< n04	Temperatures fell to minus 15 degrees Celsius in 2019-2020.
< n05	Between 5,000 and 7,500 people marched; no one was hurt.
< n06	At least 32 people died, the 21st attack since 9/11, officials said.
< n07	Shares of 7-Eleven rose 1.2bn yen on the 1st, one of three hundred and twenty-one listings.
< n08	The code 007 and 03/04/2025 appear in the filing, not +1 202 555 0147.
< n09	She ran 10 km in 30:15 and drank 1 1/2 litres.
> n01	27	38	CARDINAL	2500000000			2.5 billion
> n01	43	51	CARDINAL	40		APPROX	about 40
> n02	24	25	CARDINAL	5			5
> n02	26	28	CARDINAL	17			17
> n02	29	33	CARDINAL	2018			2018
> n02	37	39	CARDINAL	10			10
> n02	40	42	CARDINAL	30			30
> n02	57	62	CARDINAL	3			three
> n03	15	18	CARDINAL	3.2			3.2
> n03	27	32	ORDINAL	3			third
> n03	47	50	CARDINAL	2.9			2.9
> n04	21	29	CARDINAL	-15			minus 15
> n04	49	53	CARDINAL	2019			2019
> n04	54	58	CARDINAL	2020			2020
> n05	8	13	CARDINAL	5000			5,000
> n05	18	23	CARDINAL	7500			7,500
> n06	0	11	CARDINAL	32		EQUAL_OR_MORE	At least 32
> n06	29	33	ORDINAL	21			21st
> n06	47	48	CARDINAL	9			9
> n06	49	51	CARDINAL	11			11
> n07	24	29	CARDINAL	1200000000			1.2bn
> n07	41	44	ORDINAL	1			1st
> n07	46	49	CARDINAL	1			one
> n07	53	81	CARDINAL	321			three hundred and twenty-one
> n08	9	12	CARDINAL	7			007
> n08	17	19	CARDINAL	3			03
> n08	20	22	CARDINAL	4			04
> n08	23	27	CARDINAL	2025			2025
> n09	8	10	CARDINAL	10			10
> n09	17	19	CARDINAL	30			30
> n09	20	22	CARDINAL	15			15
> n09	33	38	CARDINAL	1.5			1 1/2

=== numbers: the short option on raw text
$ wk-num -n
< They paid $20 on 5/17/2018.
> -	11	13	CARDINAL	20			20
> -	17	18	CARDINAL	5			5
> -	19	21	CARDINAL	17			17
> -	22	26	CARDINAL	2018			2018

=== numbers: the same text without it, an amount and a date
$ wk-num
< They paid $20 on 5/17/2018.
> -	10	13	MONEY	20	USD		$20
> -	17	26	DATE	2018-05-17			5/17/2018
