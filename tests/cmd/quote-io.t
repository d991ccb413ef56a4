# wk-quote: the contract of DESIGN.md (header, keys, offsets, bad input)
# and the bounds of issue 6 on pathological input.

=== header names the columns
$ wk-quote -H
< "Hi there," Ana Pike said.
> doc	quote	start	end	kind	cue	speaker	sp_start	sp_end	text
> -	1	1	10	direct	said	Ana Pike	12	20	Hi there,

=== tsv records keep their keys and number quotations per record
$ wk-quote -t
< a1	"We won," Ana Pike said. "We lost," Ana Pike said.
< a2	"Again," Ana Pike said.
> a1	1	1	8	direct	said	Ana Pike	10	18	We won,
> a1	2	26	34	direct	said	Ana Pike	36	44	We lost,
> a2	1	1	7	direct	said	Ana Pike	9	17	Again,

=== tsv header carries key names; character offsets
$ wk-quote -t -H --offsets=char
< k	text
< a1	Éa. "Ça va," Élodie Roux said.
> k	quote	start	end	kind	cue	speaker	sp_start	sp_end	text
> a1	1	5	11	direct	said	Élodie Roux	13	24	Ça va,

=== escapes in tsv text are decoded and the text field is escaped
$ wk-quote -t
< a1	"One\ttwo," Ana Pike said.
> a1	1	1	9	direct	said	Ana Pike	11	19	One\ttwo,

=== invalid utf-8 is repaired in the output with one warning
$ wk-quote
<< "Bad \0377 byte here," Ana Pike said.\n
> -	1	1	17	direct	said	Ana Pike	19	27	Bad � byte here,
! invalid UTF-8 byte

=== crlf line ends
$ wk-quote
<< "We won," Ana Pike said.\r\n\r\n"Again," she said.\r\n
> -	1	1	8	direct	said	Ana Pike	10	18	We won,
> -	2	29	35	direct	said	Ana Pike	37	40	Again,

=== nul bytes are white space
$ wk-quote
<< "Nul\0 byte," Ana Pike said.\n
> -	1	1	11	direct	said	Ana Pike	13	21	Nul  byte,

=== empty input
$ wk-quote
!!

=== one enormous unclosed quotation yields nothing
$ awk 'BEGIN { printf "\""; for (i = 0; i < 200000; i++) printf "and on "; print "" }' | wk-quote
!!

=== a line of ten thousand quotation marks yields nothing
$ awk 'BEGIN { for (i = 0; i < 10000; i++) printf "\""; print "" }' | wk-quote
!!

=== marks of mixed kinds that never pair yield nothing
$ awk 'BEGIN { for (i = 0; i < 5000; i++) printf "« \" ” ‹ '"'"' ‘ „ "; print "" }' | wk-quote
!!

=== openers nested too deep are withdrawn
$ wk-quote
< "a "b "c "d "e "f "g "h "i "j "k "l
!!

=== a quotation longer than the bound is not reported
$ awk 'BEGIN { printf "He said: \""; for (i = 0; i < 4000; i++) printf "and on "; print "end,\" said Ana Pike." }' | wk-quote
!!

=== the bound leaves later quotations alone
$ awk 'BEGIN { printf "\""; for (i = 0; i < 4000; i++) printf "and on "; print "end. \"We won,\" Ana Pike said." }' | wk-quote | cut -f2,5-7
> 1	direct	said	Ana Pike

=== unknown option
$ wk-quote --bogus
? 2
! unknown option

=== help lists the own options
$ wk-quote --help | grep -c -e --indirect -e --all -e --model
> 3

=== fifty thousand quoted words in one sentence take linear time
$ awk 'BEGIN { for (i = 0; i < 50000; i++) printf "\"a%d\" ", i; print "" }' | wk-quote -a | wc -l
> 50000

=== fifty thousand attributed quotations
$ awk 'BEGIN { for (i = 0; i < 50000; i++) printf "\"Yes,\" Smith said. "; print "" }' | wk-quote | cut -f7 | uniq -c | sed 's/^ *//'
> 50000 Smith
