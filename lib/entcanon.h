/*
 * entcanon.h - coreference within one record. A mention that is part of
 * a full person name is that person (retyped, and a capitalised surname
 * the model missed is added); a country is LOC. Canonical names: a
 * person's surname or first name alone links to the fullest name that
 * ends or starts with it
 * (Peskov -> Dmitry Peskov), an acronym to the expansion the text gives
 * ("Federal Security Service (FSB)"), a country's short form to its
 * gazetteer name (US -> United States). Otherwise canon is the text.
 */
#ifndef WK_ENTCANON_H
#define WK_ENTCANON_H

#include <stddef.h>

struct wk_toks;
struct wk_ents;
struct wk_gaz;

void	wk_entcanon(const char *s, const struct wk_toks *,
	    const struct wk_gaz *, struct wk_ents *);
/*
 * The person part: may add surname mentions and retype mentions; sets the
 * canon of every mention that is part of a full name (canon may point into
 * this module's scratch, valid until the next call).
 */
void	wk_entperson(const char *s, const struct wk_toks *,
	    struct wk_ents *);
/* moves es->v[i] down among v[from..i] into text order */
void	wk_ents_insort(struct wk_ents *, size_t from, size_t i);
/* one type per name: the majority of its mentions' (entvote.c) */
void	wk_entvote(const char *s, const struct wk_toks *, struct wk_ents *);

#endif
