/* data.c - look-up of the blobs tools/embed.sh linked in. */
#include <string.h>

#include "data.h"
#include "msg.h"

const struct wk_blob *
wk_data(const char *name)
{
	const struct wk_blob *b;

	for (b = wk_blobs; b->name != NULL; b++)
		if (strcmp(b->name, name) == 0)
			return b;
	return NULL;
}

const struct wk_blob *
wk_data_must(const char *name)
{
	const struct wk_blob *b;

	if ((b = wk_data(name)) == NULL)
		wk_fatal("embedded data %s is missing (a build error)", name);
	return b;
}
