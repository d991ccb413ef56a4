# base.t - the behaviour every program shares (DESIGN.md: input, TSV,
# offsets, options, exit status), shown through the test driver wk-rec,
# which prints one row per record or raw window: keys start end text.

=== empty input: no rows, no message
$ wk-rec
!!

=== empty input in -t mode
$ wk-rec -t
!!

=== only white space is one window of white space
$ wk-rec
<<   \n\n \n
> -	0	6	  \n\n \n
!!

=== raw text without a final newline
$ wk-rec
<< abc
> -	0	3	abc

=== TSV record without a final newline
$ wk-rec -t
<< k1\tfirst\nk2\tlast
> k1	0	5	first
> k2	0	4	last

=== CRLF in raw text: bytes kept, offsets count them
$ wk-rec
<< a\r\nb\r\n\r\nc\r\n
> -	0	11	a\r\nb\r\n\r\nc\r\n

=== CRLF ends TSV lines, the CR is not text
$ wk-rec -t
<< k\tone two\r\nk2\tthree\r\n
> k	0	7	one two
> k2	0	5	three

=== NUL bytes are spaces, one for one
$ wk-rec
<< a\0b\0\0c\n
> -	0	7	a b  c\n

=== NUL bytes in a TSV text field
$ wk-rec -t
<< k\ta\0b\n
> k	0	3	a b

=== invalid UTF-8: offsets count bytes, text repaired, one warning
$ wk-rec
<< caf\0303\0251 \0377 x \0342\0200\n
> -	0	13	café � x ��\n
! wk-rec: 3 invalid UTF-8 bytes replaced by U+FFFD

=== invalid UTF-8 with --offsets=char: a bad byte is one code point
$ wk-rec --offsets=char
<< caf\0303\0251 \0377 x \0342\0200\n
> -	0	12	café � x ��\n
! invalid UTF-8

=== invalid UTF-8 in -t mode, warning silenced by -q
$ wk-rec -t -q --offsets=char
<< k\t\0377na\0303\0257ve\n
> k	0	6	�naïve
!!

=== --offsets=char counts code points, a BOM included
$ wk-rec --offsets=char
<< \0357\0273\0277na\0303\0257ve caf\0303\0251\n
> -	0	12	﻿naïve café\n

=== offsets keep counting from the start of the file across windows
$ wk-rec --max-record=16 -q
< para one
<
< para two is much longer than the cap
> -	0	10	para one\n\n
> -	10	22	para two is 
> -	22	34	much longer 
> -	34	47	than the cap\n

=== a paragraph over --max-record is cut with a warning, not skipped
$ wk-rec --max-record=8
< abc defgh ijk
> -	0	4	abc 
> -	4	10	defgh 
> -	10	14	ijk\n
! paragraph longer than --max-record
? 0

=== the same cut in code points
$ wk-rec --max-record=8 -q --offsets=char
<< \0303\0251t\0303\0251 \0303\0240 la\n
> -	0	4	été 
> -	4	9	à la\n

=== a malformed TSV record among good ones: message with line, exit 1
$ wk-rec -t
< a	b	first
< c	only two
< d	e	third
> a	b	0	5	first
> d	e	0	5	third
! wk-rec: -:2: expected 3 fields, found 2
? 1

=== a TSV record over --max-record is skipped, the rest processed
$ wk-rec -t --max-record=8
< k	short
< k	this one is too long
< k	ok
> k	0	5	short
> k	0	2	ok
! wk-rec: -:2: record longer than --max-record
? 1

=== --max-record takes K M G suffixes
$ wk-rec -t --max-record=1K
< k	x
> k	0	1	x

=== --max-record with a bad size is a usage error
$ wk-rec --max-record=abc
! --max-record
? 2

=== -H in raw mode: the key column is doc
$ wk-rec -H
< hello
> doc	start	end	text
> -	0	6	hello\n

=== -H in -t mode: the input header's key names are carried
$ wk-rec -t -H
< id	date	text
< a	2025-03-01	hello
> id	date	start	end	text
> a	2025-03-01	0	5	hello

=== -H in -t mode with only a header line
$ wk-rec -t -H
< id	text
> id	start	end	text

=== -H in -t mode: a record that does not match the header is skipped
$ wk-rec -t -H
< id	text
< a	b	c
< d	e
> id	start	end	text
> d	0	1	e
! -:2: expected 2 fields, found 3
? 1

=== -t with a single field: no keys, only the text
$ wk-rec -t
< only text
> 0	9	only text

=== keys are carried byte for byte, escapes and all
$ wk-rec -t
< x\ty	 "q" \\ 	text
> x\ty	 "q" \\ 	0	4	text

=== a key with an invalid byte is carried as it is
$ wk-rec -t
<< \0377\tx\n
>> \0377\t0\t1\tx\n
!!

=== escapes decoded in, encoded out; any other backslash is literal
$ wk-rec -t
< k	a\tb\nc\\d\re\x
> k	0	11	a\tb\nc\\d\re\\x

=== a tab, newline and backslash in raw text are escaped
$ wk-rec
<< a\tb\\c
> -	0	5	a\tb\\c

=== -h and --help print the usage on stdout, exit 0
$ wk-rec -h | head -n 1; wk-rec --help | grep -c -e --max-record
> usage: wk-rec [options] [file ...]
> 1
!!

=== -V and --version print the version on stdout, exit 0
$ wk-rec -V | grep -c '^wk-rec [0-9]'; wk-rec --version | grep -c '^wk-rec '
> 1
> 1
!!

=== an unknown long option is a usage error
$ wk-rec --bogus
! wk-rec: unknown option --bogus
? 2

=== an unknown short option is a usage error
$ wk-rec -x
! wk-rec:
? 2

=== a bad --offsets unit is a usage error
$ wk-rec --offsets=bytes
! --offsets
? 2

=== --offsets without its argument is a usage error
$ wk-rec --offsets
! --offsets
? 2

=== --line-buffered changes nothing in the output
$ wk-rec -t --line-buffered
< a	one
< b	two
> a	0	3	one
> b	0	3	two

=== several files in order, - as stdin between them
$ d=$(mktemp -d) && cd "$d" && printf 'x\n' > a && printf 'yy' > b && wk-rec a - b; st=$?; rm -rf "$d"; exit $st
< from stdin
> a	0	2	x\n
> -	0	11	from stdin\n
> b	0	2	yy

=== -- ends the options, so a file may be named -H
$ d=$(mktemp -d) && cd "$d" && printf 'z\n' > ./-H && wk-rec -- -H -; st=$?; rm -rf "$d"; exit $st
< in
> -H	0	2	z\n
> -	0	3	in\n

=== several TSV files keep one field count each
$ d=$(mktemp -d) && cd "$d" && printf 'k\tx\n' > a && printf 'k\tl\ty\n' > b && wk-rec -t a b; st=$?; rm -rf "$d"; exit $st
> k	0	1	x
> k	l	0	1	y

=== a missing file among readable ones: message, exit 1, the rest read
$ wk-rec /nonexistent/wk-file -
< still read
> -	0	11	still read\n
! wk-rec: /nonexistent/wk-file:
? 1

=== a directory among readable ones
$ wk-rec / -
< still read
> -	0	11	still read\n
! wk-rec: /:
? 1

=== tsv: a lone CR ends a record like LF and CRLF
$ wk-rec -t
<< k\ta\rk2\tb\r
> k	0	1	a
> k2	0	1	b

=== tsv: blank lines hold nothing and are passed over
$ wk-rec -t
<< k\ta\r\n\n\nk2\tb\n\n
> k	0	1	a
> k2	0	1	b
