# wk-num dates and times (issue 4 follow-up): news-style sentences written
# for these tests, reference date 2025-03-24 (a Monday).

=== dates: durations with next, past, coming
$ wk-num -t -d 2025-03-24
< dur01	Prices have risen sharply over the past three months.
< dur02	Talks will continue over the next few days, officials said.
< dur03	The retailer lost money in the last two quarters.
< dur04	Analysts expect the 5 coming years to be difficult.
> dur01	35	52	DURATION	P3M			past three months
> dur02	29	42	DURATION	PXD			next few days
> dur03	31	48	DURATION	P6M			last two quarters
> dur04	20	34	DURATION	P5Y			5 coming years

=== dates: the end of the day or month
$ wk-num -t -d 2025-03-24
< eod01	Lawmakers must vote by the end of the day.
< eod02	At the end of the day, voters want jobs.
< eod03	The offer expires at end of month.
> eod01	23	41	DATE	2025-03-24		END	the end of the day
> eod03	21	33	DATE	2025-03		END	end of month

=== dates: month names in numeric dates
$ wk-num -t -d 2025-03-24
< mdate01	The contract was signed on 05-Aug-2016 in Geneva.
< mdate02	The filing is dated 2019/Aug/01.
< mdate03	Figures for Dec-2018 were restated.
< mdate04	The ruling of 23.04.2022 was upheld on appeal.
< mdate05	He closed a 03-Jun, 06-Apr win with an ace.
> mdate01	27	38	DATE	2016-08-05			05-Aug-2016
> mdate02	20	31	DATE	2019-08-01			2019/Aug/01
> mdate03	12	20	DATE	2018-12			Dec-2018
> mdate04	14	24	DATE	2022-04-23			23.04.2022

=== dates: clock times in words
$ wk-num -t -d 2025-03-24
< clock01	The bell rang at half past seven.
< clock02	Polls close at seven p.m. in most states.
< clock03	The curfew starts at ten past nine in the evening.
< clock04	The convoy leaves at five-thirty tomorrow morning.
< clock05	Which of the two am I to believe?
> clock01	17	32	TIME	T07:30			half past seven
> clock02	15	25	TIME	T19:00			seven p.m.
> clock03	21	49	TIME	T21:10			ten past nine in the evening
> clock04	21	49	TIME	2025-03-25T05:30			five-thirty tomorrow morning
> clock05	13	16	CARDINAL	2			two

=== dates: hours without a.m. or p.m. that a date makes times
$ wk-num -t -d 2025-03-24
< bare01	The minister will speak on Friday at 4.
< bare02	Shots were heard between 7 and 9 last night.
< bare03	Voting runs from 10:30 to 3 on March 28.
< bare04	Barcelona beat Madrid 3-1 on Sunday.
< bare05	Several people were injured Tuesday from two explosions.
< bare06	The markets open in the morning at 7.
> bare01	27	38	TIME	2025-03-28T04:00			Friday at 4
> bare02	25	43	TIME	2025-03-23T19:00..2025-03-23T21:00			7 and 9 last night
> bare03	17	39	TIME	2025-03-28T10:30..2025-03-28T15:00			10:30 to 3 on March 28
> bare04	22	23	CARDINAL	3			3
> bare04	24	25	CARDINAL	1			1
> bare04	29	35	DATE	2025-03-23			Sunday
> bare05	28	35	DATE	2025-03-18			Tuesday
> bare05	41	44	CARDINAL	2			two
> bare06	24	36	TIME	T07:00			morning at 7

=== dates: weeks of a month and the week of a day
$ wk-num -t -d 2025-03-24
< week01	Elections are due in the last week of July.
< week02	Talks resume the week of April 14.
< week03	Schools reopen in the first week of May.
> week01	25	42	DATE	2025-W31			last week of July
> week02	13	33	DATE	2025-W16			the week of April 14
> week03	18	39	DATE	2025-W18			the first week of May

=== dates: ranges of days and months
$ wk-num -t -d 2025-03-24
< range01	The festival runs from 9 to 12 June.
< range02	Exams are held between the 3rd and the 12th of September.
< range03	Sales fell from Nov to March.
< range04	Output rose in Jan-Feb 2017.
< range05	Children aged 9 to 12 in June were tested.
> range01	23	35	DATE	2025-06-09..2025-06-12			9 to 12 June
> range02	27	56	DATE	2025-09-03..2025-09-12			3rd and the 12th of September
> range03	16	28	DATE	2024-11..2025-03			Nov to March
> range04	15	27	DATE	2017-01..2017-02			Jan-Feb 2017
> range05	14	21	CARDINAL	9..12			9 to 12
> range05	25	29	DATE	2024-06			June

=== dates: modifiers of dates
$ wk-num -t -d 2025-03-24
< mod01	The plant will close no later than January 1, 2027.
< mod02	Prices are frozen from 2026 onwards.
< mod03	A vote will come as early as Friday.
< mod04	Models from 2018 or later qualify.
< mod05	He left in 2018 and after the war returned.
> mod01	21	50	DATE	2027-01-01		EQUAL_OR_LESS	no later than January 1, 2027
> mod02	23	35	DATE	2026		EQUAL_OR_MORE	2026 onwards
> mod03	17	35	DATE	2025-03-28		EQUAL_OR_MORE	as early as Friday
> mod04	12	25	DATE	2018		EQUAL_OR_MORE	2018 or later
> mod05	11	15	DATE	2018			2018

=== dates: a weekday with its day of the month
$ wk-num -t -d 2025-03-24
< wday01	The summit opened on Mon 13th with a minute of silence.
< wday02	Where were you this past Wednesday?
< wday03	The strike ends this coming Friday.
< wday04	On Monday 21 people died in the floods.
> wday01	21	29	DATE	2025-01-13			Mon 13th
> wday02	15	34	DATE	2025-03-19			this past Wednesday
> wday03	16	34	DATE	2025-03-28			this coming Friday
> wday04	3	9	DATE	2025-03-24			Monday
> wday04	10	12	CARDINAL	21			21

=== dates: last and next before a holiday
$ wk-num -t -d 2025-03-24
< hol01	Last Easter the church was full.
< hol02	The shop will reopen by next Christmas.
> hol01	0	11	DATE	2024-03-31			Last Easter
> hol02	24	38	DATE	2025-12-25			next Christmas

=== dates: years in words
$ wk-num -t -d 2025-03-24
< year01	She was born on 13 September nineteen seventy two.
< year02	The bank failed in two thousand and eight, he said.
< year03	The fire destroyed two thousand homes.
> year01	16	49	DATE	1972-09-13			13 September nineteen seventy two
> year02	19	41	DATE	2008			two thousand and eight
> year03	19	31	CARDINAL	2000			two thousand

=== dates: a day of the month alone
$ wk-num -t -d 2025-03-24
< day01	The vote is now set for the 27th, not on the 18th.
< day02	The fire started on the 18th floor.
> day01	12	15	DATE	PRESENT_REF			now
> day01	28	32	DATE	2025-03-27			27th
> day01	45	49	DATE	2025-03-18			18th
> day02	24	28	ORDINAL	18			18th

=== dates: a part of the day with a modifier
$ wk-num -t -d 2025-03-24
< pod01	Ministers will meet later in the afternoon.
> pod01	20	42	TIME	TAF		END	later in the afternoon

=== dates: quarters
$ wk-num -t -d 2025-03-24
< qtr01	Three quarters of voters backed the plan.
> qtr01	0	14	CARDINAL	0.75			Three quarters
=== dates: compound durations and the verb last
$ wk-num -t -d 2025-03-24
< cdur01	The operation took two hours and 15 minutes.
< cdur02	He served 1 year, 6 months of the sentence.
< cdur03	They searched for 3 months and 2 days ago found the wreck.
< cdur04	The hearing will last two hours, officials said.
> cdur01	19	43	DURATION	PT2H15M			two hours and 15 minutes
> cdur02	10	26	DURATION	P1Y6M			1 year, 6 months
> cdur03	18	26	DURATION	P3M			3 months
> cdur03	31	41	DATE	2025-03-22			2 days ago
> cdur04	22	31	DURATION	PT2H			two hours

=== dates: sets with a time
$ wk-num -t -d 2025-03-24
< set01	The market opens Thursdays at 5 p.m.
< set02	The ferry sails every evening at 7:15 p.m.
< set03	Guards change 6am everyday.
> set01	17	36	SET	XXXX-WXX-4T17:00			Thursdays at 5 p.m.
> set02	16	42	SET	T19:15			every evening at 7:15 p.m.
> set03	14	26	SET	T06:00			6am everyday

=== dates: quarters beside a year
$ wk-num -t -d 2025-03-24
< qtr02	Revenue fell in 2024-q1 and rose in Q3 2024.
> qtr02	16	23	DATE	2024-Q1			2024-q1
> qtr02	36	43	DATE	2024-Q3			Q3 2024
=== dates: day and month with a slash where a preposition says so and one part is over 12
$ wk-num -t -d 2025-03-24
< slash01	The court will rule on 22/04.
< slash02	The exhibition runs from 10/25 to 01/25.
< slash03	Staff are on 24/7 duty.
< slash04	The bill cut 3/4 of the budget.
> slash01	23	28	DATE	2025-04-22			22/04
> slash02	25	39	DATE	2025-10-25..2026-01-25			10/25 to 01/25
> slash04	13	16	CARDINAL	0.75			3/4
=== dates: at present, at the moment, right now
$ wk-num -t -d 2025-03-24
< now01	The airport is closed at the moment.
< now02	At present, 40 people remain in hospital.
< now03	The minister will present a plan.
< now04	Talks are under way right now.
> now01	29	35	DATE	PRESENT_REF			moment
> now02	3	10	DATE	PRESENT_REF			present
> now02	12	14	CARDINAL	40			40
> now04	20	29	DATE	PRESENT_REF			right now
=== dates: "and later" at the end of a clause, not in a narrative
$ wk-num -t -d 2025-03-24
< mod06	He was arrested in 2007 and later transferred to The Hague.
< mod07	The rule covers loans from 2016 and later.
> mod06	19	23	DATE	2007			2007
> mod07	27	41	DATE	2016		EQUAL_OR_MORE	2016 and later
=== dates: the first or last months, weeks or days of a year or month
$ wk-num -t -d 2025-03-24
< fl01	Profits rose in the first nine months of the year.
< fl02	Sales fell in the last four months of 2024.
< fl03	The first ten days of March were the wettest.
< fl04	He won the first two games of the season.
> fl01	16	49	DATE	2025-01..2025-09			the first nine months of the year
> fl02	18	42	DATE	2024-09..2024-12			last four months of 2024
> fl03	0	27	DATE	2025-03-01..2025-03-10			The first ten days of March
> fl04	11	16	ORDINAL	1			first
> fl04	17	20	CARDINAL	2			two
=== dates: a time after a date is that date's, not the next one's
$ wk-num -t -d 2025-03-24
< dt01	The log shows 23.04.2022 14:55 and 30.04.2022 12:04 as the times of the two attacks.
> dt01	14	30	TIME	2022-04-23T14:55			23.04.2022 14:55
> dt01	35	51	TIME	2022-04-30T12:04			30.04.2022 12:04
> dt01	72	75	CARDINAL	2			two
=== dates: a house number after a date is no hour
$ wk-num -t -d 2025-03-24
< bare07	They met on Monday at 10 Downing Street.
> bare07	12	18	DATE	2025-03-24			Monday
=== dates: at the moment of an event is no present
$ wk-num -t -d 2025-03-24
< now05	Bells rang at the moment of impact.
=== dates: a second year after and
$ wk-num -t -d 2025-03-24
< yr01	The floods of 2007 and 2009 hit the delta.
< yr02	In 2007 and 2009 troops were sent north.
> yr01	14	18	DATE	2007			2007
> yr01	23	27	DATE	2009			2009
> yr02	3	7	DATE	2007			2007
> yr02	12	16	CARDINAL	2009			2009
=== dates: we'll is the future tense for a weekday
$ wk-num -t -d 2025-03-24
< fut01	We'll meet them on Friday, the minister said.
> fut01	19	25	DATE	2025-03-28			Friday

=== dates: a month or day without a year takes its side from the tense
$ wk-num -t -d 2025-03-24
< tense01	The ministry said the tanker docked on June 2.
< tense02	The ceasefire will take effect on June 2, both sides said.
< tense03	The bank cut its forecast in November.
< tense04	The union plans to strike in November.
< tense05	Elections are held in October every four years.
< tense06	Parliament will cut spending from mid-April.
< tense07	Growth should recover by mid-2026, the IMF said.
< tense08	Sales slumped in late-2024 before a rebound.
> tense01	39	45	DATE	2024-06-02			June 2
> tense02	34	40	DATE	2025-06-02			June 2
> tense03	29	37	DATE	2024-11			November
> tense04	29	37	DATE	2025-11			November
> tense05	22	29	DATE	2025-10			October
> tense05	30	46	SET	P4Y			every four years
> tense06	34	43	DATE	2025-04		MID	mid-April
> tense07	25	33	DATE	2026		MID	mid-2026
> tense08	17	26	DATE	2024		END	late-2024

=== "in" and a duration after a verb in the past is a duration, else a date ahead
$ wk-num -d 2025-06-01
< The games drew 11 million visitors in 16 days. The vote is in 16 days. Talks resume in a week, officials said.
> -	15	25	CARDINAL	11000000			11 million
> -	38	45	DURATION	P16D			16 days
> -	62	69	DATE	2025-06-17			16 days
> -	87	93	DATE	2025-06-08			a week

=== US wires' time zones after a time
$ wk-num
< Trading opens at 9:30 a.m. ET and closes at 4 p.m. ET; the call is at 6 p.m. PT.
> -	17	29	TIME	T09:30	ET		9:30 a.m. ET
> -	44	53	TIME	T16:00	ET		4 p.m. ET
> -	70	79	TIME	T18:00	PT		6 p.m. PT

=== a weekday with a possessive; recent and coming days
$ wk-num -d 2025-03-24
< Ahead of Tuesday's vote, the company's $70 offer and Valentine's Day sales rose in recent weeks; talks resume in the coming days.
> -	9	16	DATE	2025-03-25			Tuesday
> -	39	42	MONEY	70	USD		$70
> -	53	68	DATE	2025-02-14			Valentine's Day
> -	83	95	DATE	PAST_REF			recent weeks
> -	117	128	DATE	FUTURE_REF			coming days
