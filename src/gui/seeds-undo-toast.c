/* seeds-undo-toast.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-undo-toast.h"
#include "seeds-widget-util.h"

/* What is removed in passing during a meeting — a next step — can be
 * brought back from a toast, as GNOME apps do, rather than asked about
 * before. The toast goes to the window the widget is in, whichever window
 * that is; its Undo puts back what the store kept (seeds_store_undo()). */

typedef struct
{
  SeedsStore     *store;
  SeedsStoreUndo *undo;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  seeds_store_undo_free (undo->undo);
  g_free (undo);
}

static void
on_undo_clicked (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!seeds_store_undo (undo->store, undo->undo, &error))
    g_message ("%s", error->message);
}

/**
 * seeds_undo_toast_offer:
 * @widget: a widget in the window where it was removed
 * @store: the store it was removed from
 * @undo: (transfer full): what puts it back
 * @title: plain text, what was removed: "Next step deleted"
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when @widget
 *   is in no window with toasts (the removal stands)
 */
AdwToast *
seeds_undo_toast_offer (GtkWidget      *widget,
                        SeedsStore     *store,
                        SeedsStoreUndo *undo,
                        const char     *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  Undo *data;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (undo != NULL, NULL);

  if (overlay == NULL)
    {
      seeds_store_undo_free (undo);
      return NULL;
    }

  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  data = g_new0 (Undo, 1);
  data->store = g_object_ref (store);
  data->undo = undo;
  g_object_set_data_full (G_OBJECT (toast), "seeds-undo", data, undo_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked), data);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return toast;
}
