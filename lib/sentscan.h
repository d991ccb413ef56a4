/*
 * sentscan.h - the inside of the sentence splitter, shared by its files
 * (sent.c: the pass and the boundaries; sentchar.c, sentword.c,
 * sentitem.c, sentstop.c, sentline.c: the decisions). A struct scan is
 * the state of one pass over one text; the handlers ss_on_* decide at a
 * candidate byte and return where the pass goes on, cutting sentences
 * with ss_cut. Not a public interface: callers use sent.h.
 */
#ifndef WK_SENTSCAN_H
#define WK_SENTSCAN_H

#include <stddef.h>
#include <stdint.h>

struct wk_sent_opts;
struct wk_sents;

#define NEAR		16384	/* how far to look for a word in lower case */
#define BUDGET(n)	(4 * (n) + 65536)	/* ... and in all, per text */
#define WORDMAX		64	/* longest word looked at before a period */
#define TOKMAX		256	/* longest token searched for @ and :// */
#define ITEMMAX		4096	/* how far an inline list item is looked for */
#define WRAP_WIDTH	60	/* the narrowest width text is wrapped at */
#define WRAP_MAX	100	/* the widest; longer lines are not wrapped */
#define SHORT		50	/* shorter lines without stops form a list */
#define NONE		SIZE_MAX

/* what follows a mark */
enum { C_EOT, C_LOWER, C_UPPER, C_DIGIT, C_CONT, C_OTHER };

struct scan {
	const unsigned char		*s;
	size_t				 n;
	const struct wk_sent_opts	*o;
	struct wk_sents			*out;
	size_t				 start;	 /* of the open sentence */
	size_t				 forced; /* next inline list item */
	size_t				 expect; /* where the last one was */
	size_t				 body;	 /* after its list marker */
	size_t				 quiet;	 /* no stop before this ends */
	size_t				 budget; /* bytes seen_lower may scan */
	size_t				 content; /* first letter, or NONE */
	size_t				 bare;	 /* no letter before this */
};

/* a list marker */
struct item {
	unsigned	v;	/* number, or the letter */
	int		letter;
	int		style;	/* 0 "1.", 1 "1)", 2 "1.)" */
	int		listed;	/* a letter whose next item is on the line */
};

/* an ASCII letter or digit */
static inline int
ss_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') ||
	    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

size_t	ss_space_len_u(const struct scan *, size_t);

/* bytes of the white space character at i (NUL counts), or 0 */
static inline size_t
ss_space_len(const struct scan *sc, size_t i)
{
	unsigned char c = sc->s[i];

	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r') || c == 0;
	return ss_space_len_u(sc, i);
}

/* sentchar.c: characters */
int	ss_cp_at(const struct scan *sc, size_t i, int32_t *cp);
size_t	ss_skip_space(const struct scan *sc, size_t i);
/* e moved back over white space, not below a */
size_t	ss_rtrim(const struct scan *sc, size_t a, size_t e);
size_t	ss_closer_len(const struct scan *sc, size_t i);
size_t	ss_opener_len(const struct scan *sc, size_t i);
/* a stop other than . ? !: ellipsis, double marks, full-width stops */
int	ss_is_ustop(int32_t cp);
int	ss_is_bullet(int32_t cp);
/* does the text before e (not below a) end with a stop, maybe closed? */
int	ss_ends_with_stop(const struct scan *sc, size_t a, size_t e);
/* has the open sentence a letter or digit before e? */
int	ss_has_content(struct scan *sc, size_t e);
/* the end of the word that starts at i */
size_t	ss_word_end(const struct scan *sc, size_t i);
/* Is k the first non-blank of its line? */
int	ss_line_initial(const struct scan *sc, size_t k);

/* sentword.c: words and the decision at a period */
/* An enumerator at k: "(a) ", "ii) ", "(12) ". */
int	ss_enumerator(const struct scan *sc, size_t k);
/* The class of what follows k; *w0 is where its first word starts. */
int	ss_next_class(const struct scan *sc, size_t k, size_t *w0);
/* "What do you see? - Posted ...": a dash, then a capital */
int	ss_dash_then_upper(const struct scan *sc, size_t k);
/* The word before the period at i: [*ws, *we), openers and closers off. */
void	ss_word_before(const struct scan *sc, size_t i, size_t *ws, size_t *we);
/* The class of the word s[ws..we) before the period at i. */
int	ss_classify(const struct scan *sc, size_t ws, size_t we, size_t i);
/* Is the capitalised word at w0 the start of a sentence? (see news) */
int	ss_starter(struct scan *sc, size_t w0, int news);
/* Does a period after a word of class cls end the sentence? */
int	ss_decide(struct scan *sc, int cls, int c, size_t w0);
/* all capitals on both sides of the word at ws (a headline)? */
int	ss_caps_around(const struct scan *sc, size_t ws, size_t w0);

/* sentitem.c: list items and the start of a sentence */
/* Bytes of a numbered or lettered item marker at p ("1. ", "b) "), or 0. */
size_t	ss_marker_len(const struct scan *sc, size_t p, struct item *it);
/* bytes of a bullet at p ("•", or "- " "* " "+ "), or 0 */
size_t	ss_bullet_len(const struct scan *sc, size_t p);
/*
 * A sentence begins at sc->start: if it opens with a list marker, skip the
 * marker (its period ends nothing) and note where the next item starts.
 * Returns where scanning goes on.
 */
size_t	ss_begin(struct scan *sc);

/* sentstop.c: the marks inside a line */
size_t	ss_on_period(struct scan *sc, size_t i);
/* ? ! and the like, len bytes at i */
size_t	ss_on_bang(struct scan *sc, size_t i, size_t len);
/* "... at the harbor in Oslo Photo: Ann Lee.": a caption label */
size_t	ss_on_colon(struct scan *sc, size_t i);
/*
 * A quotation opened right after a reporting verb with no comma or colon
 * (said "All are safe ...) is the object of the reporter's sentence: its
 * stops end nothing until the last one, just before it closes.
 */
size_t	ss_on_quote(struct scan *sc, size_t i, size_t len);
/*
 * "... in any district In the north district ...": a capitalised
 * function word after a word without a stop and before a lower-case word
 * starts a sentence whose break was lost.
 */
size_t	ss_on_capital(struct scan *sc, size_t i);
/* a candidate that starts with a byte >= 0x80 */
size_t	ss_on_unicode(struct scan *sc, size_t i);

/* sentline.c: line breaks */
size_t	ss_on_newline(struct scan *sc, size_t i);

/* sent.c: boundaries */
/*
 * Ends the open sentence at end (trimmed) and opens the next at next.
 * Without hard, a sentence of nothing but punctuation is not cut off but
 * joins the next. Returns where scanning goes on.
 */
size_t	ss_cut(struct scan *sc, size_t end, size_t next, int hard);

#endif
