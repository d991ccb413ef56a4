=== raw: one window, offsets from 0
$ wk-rec
< Hello world.
> -	0	13	Hello world.\n

=== tsv: keys verbatim, escapes decoded and re-encoded
$ wk-rec -t
< a\\b	k2	x\\ty\tz
> a\\b	k2	0	6	x\\ty\tz
