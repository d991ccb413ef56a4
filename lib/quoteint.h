/*
 * quoteint.h - what the quote*.c files share, not part of the library's
 * interface: the paired quotation pieces (quotemark.c), the word lists
 * and cue matching (quotecue.c), speaker noun phrases and their
 * resolution (quotenp.c), the text queries (quotetext.c), the patterns
 * (quotepat.c) and reported speech (quoteind.c). quoteattr.c runs them.
 */
#ifndef WK_QUOTEINT_H
#define WK_QUOTEINT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct wk_tok;
struct wk_toks;
struct wk_ents;
struct wk_sents;
struct wk_wlent;
struct wk_quotes;
struct wk_quote_opts;

/* A paired quotation, or one paragraph's piece of a longer one. */
struct wk_qpiece {
	uint32_t	open, close;	/* first byte of the opening mark, end
					   of the closing one (or of the
					   paragraph when it runs on) */
	uint32_t	start, end;	/* the words inside, trimmed */
	uint32_t	chain;		/* open of the chain's first piece */
	uint32_t	top;		/* index of the outermost one around */
	uint8_t		depth;		/* 0 outermost */
	uint8_t		runs_on;	/* continues in the next paragraph */
	uint8_t		cont;		/* continues the previous piece */
};

typedef WK_VEC(struct wk_qpiece) wk_qpieces;

/* quotemark.c: the paired quotations of s, ordered by open. */
void	wk_qmarks_pair(const char *s, size_t n, wk_qpieces *out);
/* Length of the quotation mark at s[i], or 0 if none is there. */
int	wk_qmark_at(const char *s, size_t n, size_t i);
/* Does an outermost piece overlap the bytes [a, b)? */
int	wk_qpieces_over(const wk_qpieces *, uint32_t a, uint32_t b);

/* quotecue.c: cue classes (the wordlist values) */
#define WK_CUE_VERB	1	/* reports speech: said, told, wrote */
#define WK_CUE_WEAK	2	/* only beside a quotation: continued */
#define WK_CUE_LABEL	4	/* only for fragments: called, dubbed */
#define WK_CUE_SOURCE	8	/* speaker follows: according to */

struct wk_qcue {
	size_t		 tok0, tok1;	/* tokens [tok0, tok1) */
	uint32_t	 cls;
	const char	*name;		/* as printed; NULL: the text itself */
};

void	wk_qcue_init(void);
/* The cue starting at token i, with its class, or 0. */
int	wk_qcue_at(const char *s, const struct wk_tok *, size_t ntok,
	    size_t i, struct wk_qcue *);
/* Word classes used by the noun-phrase scanner. */
int	wk_qword_stop(const char *s, const struct wk_tok *);
int	wk_qword_skip(const char *s, const struct wk_tok *);
int	wk_qword_title(const char *s, const struct wk_tok *);
int	wk_qword_det(const char *s, const struct wk_tok *);
int	wk_qword_link(const char *s, const struct wk_tok *);	/* of, de */
int	wk_qword_clause(const char *s, const struct wk_tok *);	/* if, when */
/* 'm', 'f', 'p' for a pronoun, else 0 */
int	wk_qword_pronoun(const char *s, const struct wk_tok *);
/* 'm', 'f' for a first name of known gender, else 0 */
int	wk_qname_gender(const char *s, size_t n);

/* quotenp.c: a speaker mention and what it resolves to */
struct wk_qspeaker {
	size_t		 tok0, tok1;	/* the noun phrase, tokens */
	const char	*name;		/* resolved, namelen bytes */
	size_t		 namelen;
	int		 pronoun;	/* 'm' 'f' 'p' or 0 */
	int		 person;	/* resolved to a PERSON */
};

/* The speaker phrase ending just before token end (exclusive), back to
 * at most token lo; 0 if there is none. */
int	wk_qnp_before(const char *s, const struct wk_tok *, size_t lo,
	    size_t end, struct wk_qspeaker *);
/* The speaker phrase starting at token i, up to token hi; 0 if none. */
int	wk_qnp_after(const char *s, const struct wk_tok *, size_t i,
	    size_t hi, struct wk_qspeaker *);

/* Resolution context: the entities and the quotations (whose PERSONs do
 * not count as antecedents). */
struct wk_qctx {
	const char		*s;
	size_t			 n;
	const struct wk_tok	*tok;
	size_t			 ntok;
	const struct wk_ents	*ents;
	const wk_qpieces	*pieces;
};

/* Fills sp->name; returns 1 if the speaker has a name or a phrase. */
int	wk_qnp_resolve(const struct wk_qctx *, struct wk_qspeaker *);

/* The attribution of one quotation (or reported clause). */
struct wk_qattr {
	int			 done;	/* has a cue or a speaker */
	int			 kind;	/* WK_Q_* */
	int			 hascue, hassp, inherited;
	struct wk_qcue		 cue;
	struct wk_qspeaker	 sp;
};

/* One pass of wk_quote_find over one text. */
struct wk_qrun {
	const char		*s;
	size_t			 n;
	const struct wk_tok	*t;
	size_t			 nt;
	const struct wk_sents	*sents;
	const struct wk_quote_opts *opts;
	struct wk_qctx		 ctx;
	struct wk_quotes	*out;
	/* the latest attribution in text order, for quotations with no cue */
	struct wk_qattr		 last;
	uint32_t		 lastpos, lastend;
	int			 haslast;
};

/* quotetext.c: tokens and sentences of the run, the words of a quotation */
/* In v[0..n) of structs of size bytes sorted by their first member, a
 * uint32_t start offset (tokens, entities): the first at or after pos. */
size_t	wk_qlower(const void *v, size_t n, size_t size, uint32_t pos);
/* The first token at or after pos. */
size_t	wk_qtok_lower(const struct wk_qrun *, uint32_t pos);
long	wk_qsent_index(const struct wk_qrun *, size_t tok);	/* -1: none */
/* The tokens [*lo, *hi) of the sentence holding token tok. */
void	wk_qsent_of(const struct wk_qrun *, size_t tok, size_t *lo,
	    size_t *hi);
int	wk_qtok_is(const struct wk_qrun *, size_t, const char *punct);
int	wk_qword_is(const struct wk_qrun *, size_t, const char *word);
int	wk_qtok_quote(const struct wk_qrun *, size_t);	/* a quotation mark */
int	wk_qtok_dash(const struct wk_qrun *, size_t);
int	wk_qtok_end(const struct wk_qrun *, size_t);	/* . ? ! ; */
int	wk_qtok_ing(const struct wk_qrun *, size_t);	/* saying */
/* A cue of one of the classes cls starts at token i. */
int	wk_qcue_is(const struct wk_qrun *, size_t i, uint32_t cls,
	    struct wk_qcue *);
int	wk_qfirst_upper(const char *s, uint32_t a, uint32_t b);
/* The last character of [a, b) that is no quotation mark or bracket. */
int32_t	wk_qlast_char(const char *s, uint32_t a, uint32_t b);
int	wk_qends_clause(int32_t);	/* , . ? ! ... or a dash */
int	wk_qends_sentence(int32_t);
int	wk_qsentence_like(const struct wk_qrun *, uint32_t a, uint32_t b);
int	wk_qline_starts(const char *s, uint32_t pos);	/* only blanks before */
int	wk_qline_ends(const char *s, size_t n, uint32_t pos);

/* quotepat.c: the patterns; fills a from the quotation q */
void	wk_qattribute(struct wk_qrun *, const struct wk_qpiece *q,
	    struct wk_qattr *a);
/* Resolves a->sp and marks a done; returns 1. */
int	wk_qspeaker_ok(const struct wk_qrun *, struct wk_qattr *);

/* quoteind.c: reported speech */
struct wk_qclause {
	struct wk_qattr	a;
	uint32_t	start, end;	/* the reported words */
	uint32_t	pos;		/* where the attribution is */
};

/* The reported clause of the cue at token k in the sentence [slo, shi). */
int	wk_qreported(const struct wk_qrun *, size_t k, size_t slo, size_t shi,
	    struct wk_qclause *);
/* The last reported clause in the tokens [t0, t1), outside quotations. */
int	wk_qlast_clause(struct wk_qrun *, size_t t0, size_t t1,
	    struct wk_qclause *);
/* Writes the reported clauses outside quotations (--indirect). */
void	wk_qemit_reported(struct wk_qrun *);

/* quoteattr.c: a row of output; group ties the pieces of one quotation */
void	wk_qput(struct wk_qrun *, uint32_t start, uint32_t end, int kind,
	    const struct wk_qattr *, uint32_t group);

#endif
