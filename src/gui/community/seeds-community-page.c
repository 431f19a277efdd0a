/* seeds-community-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-community-page.h"
#include "community/seeds-failure-dialog.h"
#include "community/seeds-redeem-dialog.h"
#include "community/seeds-reward-dialog.h"
#include "model/seeds-points-rules.h"
#include "model/seeds-text.h"
#include "seeds-widget-util.h"

/* The community's own page: its plant of points, who takes part by kind
 * of organisation and which kinds are missing, its brilliant failures,
 * its rewards and its points. The window may be on the projector: the
 * page shows organisations and counts, never a person's name or score. */
struct _SeedsCommunityPage
{
  SeedsMeetingPart    parent_instance;

  SeedsPointsRules   *rules;
  SeedsPartnerMix    *mix;
  GPtrArray          *gaps;   /* SeedsGap */
  gint64              balance;
  GPtrArray          *rows;  /* every row made, to take out again */

  SeedsGrowthView    *growth_view;
  GtkLabel           *balance_label;
  AdwPreferencesGroup *people_group;
  AdwPreferencesGroup *mix_group;
  AdwPreferencesGroup *failures_group;
  AdwPreferencesGroup *rewards_group;
  AdwPreferencesGroup *ledger_group;
  AdwPreferencesGroup *rules_group;
};

G_DEFINE_FINAL_TYPE (SeedsCommunityPage, seeds_community_page, SEEDS_TYPE_MEETING_PART)

/* How many of the latest meetings show their mix of partners */
#define N_MIX_MEETINGS 6

/* How many of the latest entries of the ledger show */
#define N_LEDGER_SHOWN 8

static GtkWidget *
add_row (SeedsCommunityPage  *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
clear_rows (SeedsCommunityPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static GtkWidget *
add_suffix_label (GtkWidget  *row,
                  const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return label;
}

static GtkWidget *
add_suffix_button (GtkWidget  *row,
                   const char *label,
                   const char *action,
                   GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

/* Who takes part */

/* The gap of @type in @gaps, if nobody of that kind takes part */
static SeedsGap *
find_type_gap (GPtrArray        *gaps,
               SeedsPartnerType  type)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      SeedsGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind == SEEDS_GAP_PARTNER_TYPE && gap->partner_type == type)
        return gap;
    }
  return NULL;
}

static char *
describe_gap (SeedsGap *gap)
{
  g_autofree char *factors = g_strjoinv (", ", gap->factor_ids);

  /* Translators: a kind of partner or a role nobody in the meeting has; %s lists factors, e.g. "2, 12" */
  return g_strdup_printf (_("Nobody in this meeting: a gap that touches factors %s"), factors);
}

static char *
describe_type (SeedsPartnerMix  *mix,
               SeedsPartnerType  type)
{
  GPtrArray *organisations = seeds_partner_mix_get_organisations (mix, type);
  guint count = seeds_partner_mix_count (mix, type);
  g_autofree char *people = NULL;
  g_autofree char *names = NULL;

  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", count), count);
  if (organisations->len == 0)
    return g_steal_pointer (&people);

  g_ptr_array_add (organisations, NULL);
  names = g_strjoinv (", ", (char **) organisations->pdata);
  g_ptr_array_remove_index (organisations, organisations->len - 1);
  /* Translators: "3 people: Greenport College, Westland municipality" */
  return g_strdup_printf (_("%s: %s"), people, names);
}

/* @step: the next step its button plans */
static void
add_gap_row (SeedsCommunityPage *self,
             const char         *title,
             SeedsGap           *gap,
             const char         *step)
{
  g_autofree char *subtitle = describe_gap (gap);
  GtkWidget *row = add_row (self, self->people_group, title, subtitle);

  gtk_widget_add_css_class (row, "gap");
  add_suffix_button (row, _("_Plan an Invitation"), "community.invite", g_variant_new_string (step));
}

/* Every kind of partner with its people and organisations, or its gap;
 * then the roles of the research that nobody takes */
static void
show_people (SeedsCommunityPage *self)
{
  g_autoptr(GPtrArray) attendees = seeds_store_list_attendees (STORE (self), seeds_meeting_get_id (MEETING (self)),
                                                               NULL);

  if (attendees == NULL)
    attendees = g_ptr_array_new ();
  g_clear_pointer (&self->mix, seeds_partner_mix_free);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  self->mix = seeds_partner_mix_new (attendees);
  self->gaps = seeds_community_gaps_find (FRAMEWORK (self), attendees);

  for (guint t = 0; t < SEEDS_N_PARTNER_TYPES; t++)
    {
      SeedsGap *gap = find_type_gap (self->gaps, t);
      g_autofree char *subtitle = NULL;

      if (gap != NULL)
        {
          /* Translators: a next step for a gap; %s is a kind of partner, such as "Government" */
          g_autofree char *step = g_strdup_printf (_("Invite someone from %s to take part"),
                                                   seeds_partner_type_get_label (t));

          add_gap_row (self, seeds_partner_type_get_label (t), gap, step);
          continue;
        }
      subtitle = describe_type (self->mix, t);
      add_row (self, self->people_group, seeds_partner_type_get_label (t), subtitle);
    }

  for (guint i = 0; i < self->gaps->len; i++)
    {
      SeedsGap *gap = g_ptr_array_index (self->gaps, i);

      g_autofree char *step = NULL;

      if (gap->kind != SEEDS_GAP_ROLE)
        continue;
      /* Translators: a next step for a gap; %s is a role the research names, such as "Linking pin" */
      step = g_strdup_printf (_("Invite someone to take the role of %s"), seeds_role_get_name (gap->role));
      add_gap_row (self, seeds_role_get_name (gap->role), gap, step);
    }
}

/* "Company 3 · Government 2 · Education 3": the kinds that took part */
static char *
describe_mix (GPtrArray *attendees)
{
  g_autoptr(SeedsPartnerMix) mix = seeds_partner_mix_new (attendees);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; t < SEEDS_N_PARTNER_TYPES; t++)
    if (seeds_partner_mix_count (mix, t) > 0)
      /* Translators: a kind of partner and how many of it took part, e.g. "Company 3" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s %u"), seeds_partner_type_get_label (t),
                                               seeds_partner_mix_count (mix, t)));
  if (parts->len == 0)
    return g_strdup (_("Nobody took part"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* How the mix of partners changed over the latest meetings, newest first */
static void
show_mix (SeedsCommunityPage *self)
{
  g_autoptr(GPtrArray) meetings = seeds_store_list_meetings (STORE (self), seeds_meeting_get_community_id (MEETING (self)),
                                                             NULL);

  for (guint i = 0; meetings != NULL && i < MIN (meetings->len, N_MIX_MEETINGS); i++)
    {
      SeedsMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(GPtrArray) attendees = seeds_store_list_attendees (STORE (self), seeds_meeting_get_id (meeting), NULL);
      g_autofree char *mix = NULL;

      /* A poster meeting counts stickers, not the people who took part */
      if (attendees == NULL || seeds_meeting_get_kind (meeting) == SEEDS_MEETING_POSTER)
        continue;
      mix = describe_mix (attendees);
      add_row (self, self->mix_group, seeds_meeting_get_title (meeting), mix);
    }
}

/* Points, rewards and failures */

static void
show_ledger (SeedsCommunityPage *self,
             const char         *community_id)
{
  g_autoptr(GPtrArray) entries = seeds_store_list_ledger (STORE (self), community_id, &self->balance, NULL);
  g_autofree char *balance = NULL;
  SeedsGrowthWork work = { 0 };

  if (entries == NULL)
    entries = g_ptr_array_new ();

  balance = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", (gulong) MAX (self->balance, 0)),
                             (guint) CLAMP (self->balance, 0, G_MAXUINT));
  gtk_label_set_text (self->balance_label, balance);

  /* Newest first: the latest of them */
  for (guint i = 0; i < MIN (entries->len, N_LEDGER_SHOWN); i++)
    {
      SeedsLedgerEntry *entry = g_ptr_array_index (entries, i);
      gint64 amount = seeds_ledger_entry_get_amount (entry);
      g_autofree char *day = NULL;
      g_autofree char *when = NULL;
      g_autofree char *figure = seeds_ledger_format_amount (amount);
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (seeds_ledger_entry_get_created_at (entry));

      day = time ? g_date_time_format (time, "%Y-%m-%d") : NULL;
      when = day ? seeds_date_format (day) : NULL;
      add_suffix_label (add_row (self, self->ledger_group, seeds_ledger_entry_get_label (entry), when), figure);
    }
  if (entries->len == 0)
    add_row (self, self->ledger_group, _("No points yet"), _("They come with the work: see below how."));

  seeds_growth_work_from_ledger (entries, &work);
  seeds_growth_view_set_work (self->growth_view, &work);
}

static void
show_rewards (SeedsCommunityPage *self,
              const char         *community_id)
{
  g_autoptr(GPtrArray) rewards = seeds_store_list_rewards (STORE (self), community_id, FALSE, NULL);

  for (guint i = 0; rewards != NULL && i < rewards->len; i++)
    {
      SeedsReward *reward = g_ptr_array_index (rewards, i);
      guint cost = seeds_reward_get_cost (reward);
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", cost),
                                                   cost);
      GtkWidget *row = add_row (self, self->rewards_group, seeds_reward_get_title (reward), subtitle);
      GVariant *id = g_variant_new_string (seeds_reward_get_id (reward));
      GtkWidget *button = add_suffix_button (row, _("_Redeem…"), "community.redeem", id);

      /* Within the balance only; the store refuses more all the same */
      gtk_widget_set_sensitive (button, (gint64) cost <= self->balance);
      /* The window asks first, and archives through the session */
      button = add_suffix_button (row, _("Archive…"), "win.archive-reward", id);
      gtk_widget_add_css_class (button, "flat");
    }
  if (rewards == NULL || rewards->len == 0)
    add_row (self, self->rewards_group, _("No rewards yet"),
             _("Agree with the group what its points are worth, such as a coaching session or a visit."));
}

static void
show_failures (SeedsCommunityPage *self,
               const char         *community_id)
{
  g_autoptr(GPtrArray) failures = seeds_store_list_failures (STORE (self), community_id, NULL, NULL);

  for (guint i = 0; failures != NULL && i < failures->len; i++)
    {
      SeedsFailure *failure = g_ptr_array_index (failures, i);
      /* Translators: what a group learned from a brilliant failure */
      g_autofree char *learned = g_strdup_printf (_("Learned: %s"), seeds_failure_get_learned (failure));

      add_row (self, self->failures_group, seeds_failure_get_tried (failure), learned);
    }
  if (failures == NULL || failures->len == 0)
    add_row (self, self->failures_group, _("None recorded yet"),
             _("Trying something new and learning from it is worth celebrating, whatever came of it."));
}

static void
show_rules (SeedsCommunityPage *self)
{
  for (guint i = 0; i < seeds_points_rules_get_n_rules (self->rules); i++)
    {
      const SeedsPointsRule *rule = seeds_points_rules_get_rule (self->rules, i);
      g_autofree char *description = seeds_points_rule_describe (rule);
      g_autofree char *points = g_strdup_printf ("+%u", rule->points);

      add_suffix_label (add_row (self, self->rules_group, seeds_points_rule_get_title (rule), description), points);
    }
}

static void
seeds_community_page_update (SeedsMeetingPart *part,
                             SeedsStoreChange  change)
{
  SeedsCommunityPage *self = SEEDS_COMMUNITY_PAGE (part);
  const char *community_id;

  if (MEETING (self) == NULL)
    return;

  community_id = seeds_meeting_get_community_id (MEETING (self));
  clear_rows (self);
  show_ledger (self, community_id);
  show_people (self);
  show_mix (self);
  show_failures (self, community_id);
  show_rewards (self, community_id);
  show_rules (self);
}

/* Actions */

static void
on_failure_response (SeedsFailureDialog *dialog,
                     const char         *response,
                     SeedsCommunityPage *self)
{
  g_autofree char *tried = seeds_failure_dialog_get_tried (dialog);
  g_autofree char *happened = seeds_failure_dialog_get_happened (dialog);
  g_autofree char *learned = seeds_failure_dialog_get_learned (dialog);
  g_autoptr(SeedsFailure) failure = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || MEETING (self) == NULL)
    return;

  failure = seeds_store_add_failure (STORE (self), seeds_meeting_get_community_id (MEETING (self)), tried, happened,
                                     learned, seeds_failure_dialog_get_factor_id (dialog), &error);
  seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
add_failure_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SeedsCommunityPage *self = SEEDS_COMMUNITY_PAGE (widget);
  SeedsFailureDialog *dialog;

  if (MEETING (self) == NULL)
    return;

  dialog = seeds_failure_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), FRAMEWORK (self), NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_failure_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reward_response (SeedsRewardDialog  *dialog,
                    const char         *response,
                    SeedsCommunityPage *self)
{
  g_autofree char *title = seeds_reward_dialog_get_title (dialog);
  g_autoptr(SeedsReward) reward = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || MEETING (self) == NULL)
    return;

  reward = seeds_store_add_reward (STORE (self), seeds_meeting_get_community_id (MEETING (self)), title,
                                   seeds_reward_dialog_get_cost (dialog), &error);
  seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
add_reward_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SeedsCommunityPage *self = SEEDS_COMMUNITY_PAGE (widget);
  SeedsRewardDialog *dialog;

  if (MEETING (self) == NULL)
    return;

  dialog = seeds_reward_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reward_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_redeem_response (SeedsRedeemDialog  *dialog,
                    const char         *response,
                    SeedsCommunityPage *self)
{
  g_autofree char *agreed_by = seeds_redeem_dialog_get_agreed_by (dialog);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || MEETING (self) == NULL)
    return;

  seeds_store_redeem_reward (STORE (self), seeds_meeting_get_community_id (MEETING (self)),
                             seeds_reward_get_id (seeds_redeem_dialog_get_reward (dialog)), agreed_by, &error);
  seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
redeem_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SeedsCommunityPage *self = SEEDS_COMMUNITY_PAGE (widget);
  const char *reward_id = g_variant_get_string (parameter, NULL);
  g_autoptr(GPtrArray) rewards = NULL;
  SeedsRedeemDialog *dialog;

  if (MEETING (self) == NULL)
    return;

  rewards = seeds_store_list_rewards (STORE (self), seeds_meeting_get_community_id (MEETING (self)), FALSE, NULL);
  for (guint i = 0; rewards != NULL && i < rewards->len; i++)
    if (g_str_equal (seeds_reward_get_id (g_ptr_array_index (rewards, i)), reward_id))
      {
        dialog = seeds_redeem_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), g_ptr_array_index (rewards, i),
                                          self->balance);
        g_signal_connect_object (dialog, "response", G_CALLBACK (on_redeem_response), self, 0);
        gtk_window_present (GTK_WINDOW (dialog));
      }
}

/* A gap: the group plans to invite someone of that kind or role, as a
 * next step of this meeting (@parameter, said by the gap's row) on
 * factor 2, which every gap of partners touches */
static void
invite_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SeedsCommunityPage *self = SEEDS_COMMUNITY_PAGE (widget);
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(GError) error = NULL;

  if (MEETING (self) == NULL)
    return;

  step = seeds_store_add_next_step (STORE (self), seeds_meeting_get_id (MEETING (self)), "2",
                                    g_variant_get_string (parameter, NULL), NULL, NULL, &error);
  seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
seeds_community_page_dispose (GObject *object)
{
  SeedsCommunityPage *self = (SeedsCommunityPage *)object;

  g_clear_object (&self->rules);
  g_clear_pointer (&self->mix, seeds_partner_mix_free);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_community_page_parent_class)->dispose (object);
}

static void
seeds_community_page_class_init (SeedsCommunityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_community_page_dispose;
  part_class->changes = SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_POINTS | SEEDS_STORE_CHANGE_FAILURES;
  part_class->update = seeds_community_page_update;
  part_class->lazy = TRUE;

  gtk_widget_class_install_action (widget_class, "community.add-failure", NULL, add_failure_activated);
  gtk_widget_class_install_action (widget_class, "community.add-reward", NULL, add_reward_activated);
  gtk_widget_class_install_action (widget_class, "community.redeem", "s", redeem_activated);
  gtk_widget_class_install_action (widget_class, "community.invite", "s", invite_activated);

  g_type_ensure (SEEDS_TYPE_GROWTH_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/community/seeds-community-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityPage, growth_view);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityPage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityPage, people_group);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityPage, mix_group);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityPage, failures_group);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityPage, rewards_group);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityPage, ledger_group);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityPage, rules_group);
}

static void
seeds_community_page_init (SeedsCommunityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rules = seeds_points_rules_new_default ();
  self->rows = g_ptr_array_new ();
}

gint64
seeds_community_page_get_balance (SeedsCommunityPage *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_PAGE (self), 0);

  return self->balance;
}

/* (nullable): who takes part in the meeting shown */
SeedsPartnerMix *
seeds_community_page_get_partner_mix (SeedsCommunityPage *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_PAGE (self), NULL);

  return self->mix;
}

/* (nullable) (element-type SeedsGap): the kinds of partner and the roles
 * nobody in the meeting shown has */
GPtrArray *
seeds_community_page_get_gaps (SeedsCommunityPage *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_PAGE (self), NULL);

  return self->gaps;
}

SeedsGrowthView *
seeds_community_page_get_growth_view (SeedsCommunityPage *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_PAGE (self), NULL);

  return self->growth_view;
}
