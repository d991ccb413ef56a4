# wk-num: options, the reference date and bad input.

=== num: dateline sets the reference date
$ wk-num
< KYIV, March 24, 2025 (Reuters) - Ukraine said on Friday it shot down 40 drones.
> -	6	20	DATE	2025-03-24			March 24, 2025
> -	49	55	DATE	2025-03-21			Friday
> -	69	71	CARDINAL	40			40

=== num: a dateline with a weekday, the reference kept for the document
$ wk-num
< Friday, July 21, 2017
<
< The talks ended yesterday.
> -	0	21	DATE	2017-07-21			Friday, July 21, 2017
> -	39	48	DATE	2017-07-20			yesterday

=== num: without a reference, relative dates have no value
$ wk-num
< The talks ended yesterday, on Friday, on March 3.
> -	16	25	DATE				yesterday
> -	30	36	DATE	XXXX-WXX-5			Friday
> -	41	48	DATE	XXXX-03-03			March 3

=== num: -d beats a dateline
$ wk-num -d 2025-01-01
< KYIV, March 24, 2025 - Talks ended yesterday.
> -	6	20	DATE	2025-03-24			March 24, 2025
> -	35	44	DATE	2024-12-31			yesterday

=== num: --date-field per record, -d where the field is empty
$ wk-num -t --date-field 2 -d 2020-06-15
< a1	2025-03-24T08:00:00Z	Talks ended yesterday.
< a2		Talks ended yesterday.
> a1	2025-03-24T08:00:00Z	12	21	DATE	2025-03-23			yesterday
> a2		12	21	DATE	2020-06-14			yesterday

=== num: --date-field that is not a date warns once
$ wk-num -t --date-field 2
< a3	soon	Talks ended yesterday.
< a4	later	Talks ended yesterday.
> a3	soon	12	21	DATE				yesterday
> a4	later	12	21	DATE				yesterday
! key field 2 is not a date: 'soon'

=== num: --date-field beyond the keys is an error
$ wk-num -t --date-field 3
< a5	Talks ended yesterday.
> a5	12	21	DATE				yesterday
? 1
! no key field 3

=== num: --date-field needs -t
$ wk-num --date-field 2
? 2
! needs TSV input

=== num: -d must be a real date
$ wk-num -d 2025-02-30
? 2
! not a date

=== num: ambiguous numeric dates only with --dmy or --mdy
$ wk-num
< Due on 03/04/2025, not 13/04/2025.
> -	23	33	DATE	2025-04-13			13/04/2025

=== num: --dmy
$ wk-num --dmy
< Due on 03/04/2025.
> -	7	17	DATE	2025-04-03			03/04/2025

=== num: --mdy
$ wk-num --mdy
< Due on 03/04/2025.
> -	7	17	DATE	2025-03-04			03/04/2025

=== num: header
$ wk-num -H -d 2025-03-24
< About 40 people.
> doc	start	end	type	value	unit	mod	text
> -	0	8	CARDINAL	40		APPROX	About 40

=== num: char offsets
$ wk-num --offsets=char
< Prices rose 5% in Kyiv, €300 million.
> -	12	14	PERCENT	5	%		5%
> -	24	36	MONEY	300000000	EUR		€300 million

=== num: a megabyte of digits has no exact value
$ head -c 1000000 /dev/zero | tr '\0' 7 | wk-num | cut -f 1-7
> -	0	1000000	CARDINAL			

=== num: 10^400 spelled out has no value
$ awk 'BEGIN { printf "ten"; for (i = 0; i < 34; i++) printf " trillion"; print " stars" }' | wk-num | cut -f 1-7
> -	0	309	CARDINAL			

=== num: February 30 is not a date
$ wk-num -d 2025-03-24
< The deal was signed on February 30 and 30 February 2024.
!!

=== num: invalid UTF-8, NUL, CRLF
$ wk-num
<< Growth of 5%\r\nin 2019\377\000 and 3 \342\202\254\n
> -	10	12	PERCENT	5	%		5%
> -	17	21	DATE	2019			2019
> -	28	33	MONEY	3	EUR		3 €

=== num: empty input
$ wk-num
!!

=== num: not numbers: telephone, version, address, URL, e-mail, identifiers
$ wk-num
< Call 555-1234 or 202-555-0123; version 1.2.3 at 10.0.0.1; see https://x.org/2025/03/24 or a@b2025.org; COVID-19, F-16, A320, G7.
