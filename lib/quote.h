/*
 * quote.h - quotations and who said them.
 *
 * wk_quote_find pairs the quotation marks of a text (all kinds, apostrophes
 * left alone, nesting, the multi-paragraph convention), finds the cue and
 * the speaker of each quotation from the patterns of news writing, and
 * resolves the speaker to a name with the text's entities (their canon),
 * pronouns to the most recent compatible PERSON. It takes the sentences and
 * entities as inputs so that it can be tested with hand-built ones; ents
 * may cover only the sentences wk_quote_need marks. Spans are byte
 * offsets into the text, in text order. Time and memory are linear in the
 * text: a quotation is never longer than WK_QUOTE_MAX bytes a piece, and
 * an unclosed one yields nothing rather than a wrong span.
 */
#ifndef WK_QUOTE_H
#define WK_QUOTE_H

#include <stddef.h>
#include <stdint.h>

struct wk_toks;
struct wk_sents;
struct wk_ents;

#define WK_QUOTE_MAX	(16u << 10)

enum { WK_Q_DIRECT, WK_Q_PARTIAL, WK_Q_INDIRECT, WK_Q_OTHER };

struct wk_quote_opts {
	int	indirect;	/* also report speech without marks */
	int	all;		/* also quoted spans with no cue (WK_Q_OTHER) */
};

struct wk_quote {
	uint32_t	 start, end;	/* the quoted words, without marks */
	uint32_t	 id;		/* from 1; pieces share it */
	uint8_t		 kind;
	const char	*cue;		/* the cue as printed, cuelen bytes */
	size_t		 cuelen;	/* 0 when none */
	uint32_t	 cue_start, cue_end;	/* equal when none */
	const char	*speaker;	/* resolved name, speakerlen bytes */
	size_t		 speakerlen;	/* 0 when unattributed or unresolved */
	uint32_t	 sp_start, sp_end;	/* the mention, or equal */
};

struct wk_quotes {
	struct wk_quote	*v;
	size_t		 n, cap;
};

/* Loads the word lists; called once before the others. */
void		 wk_quote_init(void);
/*
 * Are there paired quotation marks in s[0..n)? Without them, and without
 * opts->indirect, wk_quote_find finds nothing: a program can skip the
 * tokens, sentences and entities. The pairing is kept for the calls below
 * on the same text.
 */
int		 wk_quote_any(const char *s, size_t n);
/*
 * Marks in need[0..sents->n) the sentences whose entities wk_quote_find
 * will look at: those holding a speaker, and a pronoun's antecedents
 * (or, with opts->indirect, any cue). Lets a program run the entity
 * tagger only there.
 */
void		 wk_quote_need(const char *s, size_t n, const struct wk_toks *,
		    const struct wk_sents *, const struct wk_quote_opts *,
		    uint8_t *need);
void		 wk_quote_find(const char *s, size_t n, const struct wk_toks *,
		    const struct wk_sents *, const struct wk_ents *,
		    const struct wk_quote_opts *, struct wk_quotes *out);
const char	*wk_quote_kindname(int kind);
void		 wk_quotes_free(struct wk_quotes *);

#endif
