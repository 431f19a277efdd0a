/* seeds-job-bar.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-job-bar.h"
#include "seeds-widget-util.h"

/* A bar across the bottom of a window for the work that the window runs
 * through the session: an import, an export, a PDF. Work that is done
 * within about half a second shows nothing; longer work shows what it is,
 * how far it got (or a pulse while that is not known) and a Cancel
 * button, while the window goes on as usual. When a job ends, a toast in
 * the window's overlay says how it went, unless it was cancelled.
 *
 * Jobs queue in the session and run one after the other; a job that would
 * write a file that another job of the window is still writing is
 * refused. Closing the window (disposing the bar) cancels every job: the
 * session's callbacks come later, and find the bar gone.
 * libadwaita 1.2 has no AdwBanner. */

#define SHOW_DELAY_MS 500
#define PULSE_MS      100

struct _SeedsJob
{
  SeedsJobBar  *bar;          /* a reference: the window may go first */
  gpointer      owner;        /* (nullable): weak, for the job's callback: a reference would
                               * keep the window from going, and so from cancelling the job */
  gpointer      data;         /* (nullable): what else the callback needs */
  GDestroyNotify data_free;
  GCancellable *cancellable;
  char         *label;        /* (nullable): a job without one never shows */
  GFile        *file;         /* (nullable): what the job writes */
  double        fraction;     /* how much is done, or < 0 while not known */
};

struct _SeedsJobBar
{
  AdwBin           parent_instance;

  GPtrArray       *jobs;           /* (element-type SeedsJob): those not ended, oldest first;
                                    * NULL once the bar is disposed */
  AdwToastOverlay *toast_overlay;  /* weak */
  guint            show_id;        /* the delay before the bar shows */
  guint            pulse_id;
  gboolean         cancelling;

  GtkRevealer     *revealer;
  GtkLabel        *label;
  GtkProgressBar  *progress_bar;
  GtkWidget       *cancel_button;
};

G_DEFINE_FINAL_TYPE (SeedsJobBar, seeds_job_bar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TOAST_OVERLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (SeedsJobBar *self,
       const char  *text)
{
  if (self->toast_overlay != NULL)
    seeds_widget_add_toast (self->toast_overlay, text);
}

static void
on_open_clicked (AdwToast    *toast,
                 SeedsJobBar *self)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autofree char *uri = g_file_get_uri (file);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

/* A file saved: the toast names it and offers to open it */
static void
toast_saved (SeedsJobBar *self,
             GFile       *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *title = g_markup_printf_escaped (_("Saved as “%s”"), name);
  AdwToast *toast;

  if (self->toast_overlay == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_clicked), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* (nullable): the job that the bar tells of */
static SeedsJob *
shown_job (SeedsJobBar *self)
{
  for (guint i = 0; self->jobs != NULL && i < self->jobs->len; i++)
    {
      SeedsJob *job = g_ptr_array_index (self->jobs, i);

      if (job->label != NULL)
        return job;
    }

  return NULL;
}

static gboolean
pulse (gpointer data)
{
  SeedsJobBar *self = data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
update (SeedsJobBar *self)
{
  SeedsJob *job = shown_job (self);
  gboolean revealed = gtk_revealer_get_reveal_child (self->revealer);

  if (job == NULL)
    {
      g_clear_handle_id (&self->show_id, g_source_remove);
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      self->cancelling = FALSE;
      return;
    }

  gtk_label_set_text (self->label, self->cancelling ? _("Cancelling…") : job->label);
  gtk_widget_set_sensitive (self->cancel_button, !self->cancelling);

  if (job->fraction >= 0)
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_progress_bar_set_fraction (self->progress_bar, job->fraction);
    }
  else if (revealed && self->pulse_id == 0)
    {
      self->pulse_id = g_timeout_add (PULSE_MS, pulse, self);
    }
}

static gboolean
show_now (gpointer data)
{
  SeedsJobBar *self = data;

  self->show_id = 0;
  gtk_revealer_set_reveal_child (self->revealer, shown_job (self) != NULL);
  update (self);

  return G_SOURCE_REMOVE;
}

static void
on_cancel_clicked (SeedsJobBar *self)
{
  seeds_job_bar_cancel (self);
}

static void
seeds_job_bar_dispose (GObject *object)
{
  SeedsJobBar *self = SEEDS_JOB_BAR (object);

  seeds_job_bar_close (self);
  g_clear_weak_pointer (&self->toast_overlay);

  G_OBJECT_CLASS (seeds_job_bar_parent_class)->dispose (object);
}

static void
seeds_job_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SeedsJobBar *self = SEEDS_JOB_BAR (object);

  switch (prop_id)
    {
    case PROP_TOAST_OVERLAY:
      g_value_set_object (value, self->toast_overlay);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_job_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SeedsJobBar *self = SEEDS_JOB_BAR (object);

  switch (prop_id)
    {
    case PROP_TOAST_OVERLAY:
      g_set_weak_pointer (&self->toast_overlay, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_job_bar_class_init (SeedsJobBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_job_bar_dispose;
  object_class->get_property = seeds_job_bar_get_property;
  object_class->set_property = seeds_job_bar_set_property;

  /* Where a job that ends says how it went */
  properties[PROP_TOAST_OVERLAY] =
    g_param_spec_object ("toast-overlay", NULL, NULL,
                         ADW_TYPE_TOAST_OVERLAY,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/seeds-job-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsJobBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, SeedsJobBar, label);
  gtk_widget_class_bind_template_child (widget_class, SeedsJobBar, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SeedsJobBar, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

static void
seeds_job_bar_init (SeedsJobBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->jobs = g_ptr_array_new ();
}

static gboolean
is_written (SeedsJobBar *self,
            GFile       *file)
{
  for (guint i = 0; i < self->jobs->len; i++)
    {
      SeedsJob *job = g_ptr_array_index (self->jobs, i);

      if (job->file != NULL && g_file_equal (job->file, file))
        return TRUE;
    }

  return FALSE;
}

/**
 * seeds_job_bar_begin:
 * @self: a #SeedsJobBar
 * @label: (nullable): what the job does, as "Saving the poster…"; %NULL
 *   for work that the bar never shows, such as a lookup
 * @file: (nullable): the file the job writes
 * @owner: (type GObject) (nullable): what the job's callback needs, the
 *   window; the job holds no reference to it
 *
 * Begins a job, to be given with its cancellable to the session, and its
 * callback ends it with seeds_job_end(). A job that would write @file
 * while another job of the bar still does is refused, and a toast says so;
 * once the bar is closed, every job is.
 *
 * Returns: (transfer full) (nullable): the job, or %NULL when refused
 */
SeedsJob *
seeds_job_bar_begin (SeedsJobBar *self,
                     const char  *label,
                     GFile       *file,
                     gpointer     owner)
{
  SeedsJob *job;

  g_return_val_if_fail (SEEDS_IS_JOB_BAR (self), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  if (self->jobs == NULL)
    return NULL;

  if (file != NULL && is_written (self, file))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *text = NULL;

      /* Translators: %s is a file name */
      text = g_strdup_printf (_("“%s” is still being saved. Try again when that is done."), name);
      toast (self, text);
      return NULL;
    }

  job = g_new0 (SeedsJob, 1);
  job->bar = g_object_ref (self);
  g_set_weak_pointer (&job->owner, owner);
  job->cancellable = g_cancellable_new ();
  job->label = g_strdup (label);
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->fraction = -1;
  g_ptr_array_add (self->jobs, job);

  if (label != NULL && self->show_id == 0 && !gtk_revealer_get_reveal_child (self->revealer))
    self->show_id = g_timeout_add (SHOW_DELAY_MS, show_now, self);
  update (self);

  return job;
}

/**
 * seeds_job_bar_cancel:
 * @self: a #SeedsJobBar
 *
 * Cancels every job of the bar; each ends when the session says so.
 */
void
seeds_job_bar_cancel (SeedsJobBar *self)
{
  g_return_if_fail (SEEDS_IS_JOB_BAR (self));

  if (self->jobs == NULL || self->jobs->len == 0)
    return;

  self->cancelling = TRUE;
  for (guint i = 0; i < self->jobs->len; i++)
    g_cancellable_cancel (((SeedsJob *) g_ptr_array_index (self->jobs, i))->cancellable);

  update (self);
}

/**
 * seeds_job_bar_close:
 * @self: a #SeedsJobBar
 *
 * Cancels every job, as its window goes: their callbacks find the bar
 * closed, and seeds_job_end() says so. No job begins any more.
 */
void
seeds_job_bar_close (SeedsJobBar *self)
{
  g_return_if_fail (SEEDS_IS_JOB_BAR (self));

  if (self->jobs == NULL)
    return;

  seeds_job_bar_cancel (self);
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  update (self);
}

/* How many jobs have begun and not ended */
guint
seeds_job_bar_get_n_jobs (SeedsJobBar *self)
{
  g_return_val_if_fail (SEEDS_IS_JOB_BAR (self), 0);

  return self->jobs != NULL ? self->jobs->len : 0;
}

/* Whether the bar shows a job */
gboolean
seeds_job_bar_is_shown (SeedsJobBar *self)
{
  g_return_val_if_fail (SEEDS_IS_JOB_BAR (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

/* What the bar says of the job it shows */
const char *
seeds_job_bar_get_text (SeedsJobBar *self)
{
  g_return_val_if_fail (SEEDS_IS_JOB_BAR (self), NULL);

  return gtk_label_get_text (self->label);
}

/* (transfer none): for the session: cancelled when the user or the
 * window cancels the job */
GCancellable *
seeds_job_get_cancellable (SeedsJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return job->cancellable;
}

/* (transfer none) (type GObject) (nullable): the owner given to
 * seeds_job_bar_begin(); NULL once it is gone. Use it once
 * seeds_job_end() said the job's window is still there. */
gpointer
seeds_job_get_owner (SeedsJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return job->owner;
}

/* (nullable): the file the job writes, as given to seeds_job_bar_begin() */
GFile *
seeds_job_get_file (SeedsJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return job->file;
}

/**
 * seeds_job_set_data:
 * @job: a job
 * @data: (nullable): what else the job's callback needs
 * @data_free: (nullable): frees @data with the job
 */
void
seeds_job_set_data (SeedsJob       *job,
                    gpointer        data,
                    GDestroyNotify  data_free)
{
  g_return_if_fail (job != NULL);

  if (job->data_free != NULL)
    job->data_free (job->data);
  job->data = data;
  job->data_free = data_free;
}

/* (transfer none) (nullable): the data of seeds_job_set_data() */
gpointer
seeds_job_get_data (SeedsJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return job->data;
}

/**
 * seeds_job_set_progress:
 * @job: a job not ended yet
 * @label: (nullable): what the job does now, as "Importing 12 of 40
 *   files…", or %NULL to keep what it said
 * @fraction: how much of it is done, from 0 to 1
 *
 * Says how far the job got, in the bar when it shows.
 */
void
seeds_job_set_progress (SeedsJob   *job,
                        const char *label,
                        double      fraction)
{
  g_return_if_fail (job != NULL);

  if (label != NULL && job->label != NULL)
    {
      g_free (job->label);
      job->label = g_strdup (label);
    }
  job->fraction = CLAMP (fraction, 0, 1);

  if (job->bar->jobs != NULL)
    update (job->bar);
}

/**
 * seeds_job_end:
 * @job: a job
 * @error: (nullable): why it failed, from the session
 * @done: (nullable): what to say when it worked, as "Scores exported."
 *
 * Ends the job: the bar no longer tells of it, and a toast says @done or
 * @error, unless the job was cancelled or its window is gone. Of a job
 * that wrote a file, the toast names the file and offers to open it.
 *
 * Returns: whether the job worked and its window is still there, to show
 *   what came of it
 */
gboolean
seeds_job_end (SeedsJob     *job,
               const GError *error,
               const char   *done)
{
  SeedsJobBar *self;
  gboolean shown;

  g_return_val_if_fail (job != NULL, FALSE);

  self = job->bar;
  shown = self->jobs != NULL && g_ptr_array_remove (self->jobs, job);
  if (shown)
    update (self);

  if (error != NULL)
    {
      if (shown && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_message ("%s", error->message);
          toast (self, error->message);
        }
      return FALSE;
    }

  if (shown && done != NULL && job->file != NULL)
    toast_saved (self, job->file);
  else if (shown && done != NULL)
    toast (self, done);

  return shown;
}

void
seeds_job_free (SeedsJob *job)
{
  if (job == NULL)
    return;

  if (job->bar->jobs != NULL && g_ptr_array_remove (job->bar->jobs, job))
    update (job->bar);

  seeds_job_set_data (job, NULL, NULL);
  g_clear_object (&job->bar);
  g_clear_weak_pointer (&job->owner);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->file);
  g_free (job->label);
  g_free (job);
}
