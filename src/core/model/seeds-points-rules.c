/* seeds-points-rules.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-points-rules.h"
#include "model/seeds-resources.h"

#define RULES_RESOURCE "/io/github/seedsofinnovation/Seeds/points/points.rules"
#define MAX_POINTS 1000
#define DEFAULT_MIN_MEMBERS 5

struct _SeedsPointsRules
{
  GObject  parent_instance;

  GArray  *rules;  /* of SeedsPointsRule, in the order of the file */
};

G_DEFINE_FINAL_TYPE (SeedsPointsRules, seeds_points_rules, G_TYPE_OBJECT)

/* The ids are those of the file and of the ledger's reasons: they never
 * change once released. */
static const struct
{
  const char *id;
  const char *title;
} kinds[] = {
  [SEEDS_RULE_MEETING_SCORED]   = { "meeting-scored", N_("Meeting scored together") },
  [SEEDS_RULE_STEPS_REVIEWED]   = { "steps-reviewed", N_("Next steps reviewed") },
  [SEEDS_RULE_STEP_DONE]        = { "step-done", N_("Next step done") },
  [SEEDS_RULE_FAILURE_RECORDED] = { "failure-recorded", N_("Brilliant failure recorded") },
  [SEEDS_RULE_PROFILE_SHARED]   = { "profile-shared", N_("Profile shared") },
  [SEEDS_RULE_LESSON_TAKEN]     = { "lesson-taken", N_("Lesson taken from another community") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == SEEDS_N_RULE_KINDS);

static void
seeds_points_rules_finalize (GObject *object)
{
  SeedsPointsRules *self = (SeedsPointsRules *)object;

  g_array_unref (self->rules);

  G_OBJECT_CLASS (seeds_points_rules_parent_class)->finalize (object);
}

static void
seeds_points_rules_class_init (SeedsPointsRulesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_points_rules_finalize;
}

static void
seeds_points_rules_init (SeedsPointsRules *self)
{
  self->rules = g_array_new (FALSE, TRUE, sizeof (SeedsPointsRule));
}

const char *
seeds_rule_kind_to_string (SeedsRuleKind kind)
{
  g_return_val_if_fail ((guint) kind < SEEDS_N_RULE_KINDS, NULL);

  return kinds[kind].id;
}

gboolean
seeds_rule_kind_from_string (const char    *string,
                             SeedsRuleKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_strcmp0 (kinds[i].id, string) == 0)
        {
          *kind = (SeedsRuleKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

G_GNUC_PRINTF (2, 3)
static gboolean
set_invalid (GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "points.rules: %s", message);
  return FALSE;
}

/* A whole number between 1 and @max in @key of @group, or @fallback when
 * the key is absent and @fallback is not 0 */
static gboolean
read_count (GKeyFile    *file,
            const char  *group,
            const char  *key,
            guint        fallback,
            guint       *count,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 value;

  if (!g_key_file_has_key (file, group, key, NULL) && fallback != 0)
    {
      *count = fallback;
      return TRUE;
    }

  value = g_key_file_get_int64 (file, group, key, &local_error);
  if (local_error != NULL || value < 1 || value > MAX_POINTS)
    return set_invalid (error, "[%s] %s must be a whole number from 1 to %d",
                        group, key, MAX_POINTS);

  *count = (guint) value;
  return TRUE;
}

static gboolean
check_keys (GKeyFile       *file,
            const char     *group,
            SeedsRuleKind   kind,
            GError        **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (g_str_equal (keys[i], "points") ||
          (kind == SEEDS_RULE_MEETING_SCORED && g_str_equal (keys[i], "min-members")))
        continue;

      return set_invalid (error, "[%s] has an unknown key “%s”", group, keys[i]);
    }

  return TRUE;
}

static gboolean
read_rule (SeedsPointsRules  *self,
           GKeyFile          *file,
           const char        *group,
           GError           **error)
{
  SeedsPointsRule rule = { 0, };

  if (!seeds_rule_kind_from_string (group, &rule.kind))
    return set_invalid (error, "[%s] is not a kind of rule this app knows", group);

  if (!check_keys (file, group, rule.kind, error) ||
      !read_count (file, group, "points", 0, &rule.points, error))
    return FALSE;

  if (rule.kind == SEEDS_RULE_MEETING_SCORED &&
      !read_count (file, group, "min-members", DEFAULT_MIN_MEMBERS, &rule.min_members, error))
    return FALSE;

  g_array_append_val (self->rules, rule);
  return TRUE;
}

/**
 * seeds_points_rules_new_from_data:
 * @data: a rules file: a key file with a group per rule, named by its kind
 * @length: the length of @data, or -1 when it ends with a NUL
 * @error: return location for a #GError
 *
 * Reads the rules strictly: an unknown rule or key, or a number out of
 * range, is an error. (A group written twice is one group to GKeyFile.)
 * A kind that is not in the file earns nothing.
 *
 * Returns: (transfer full): the rules, or %NULL with @error set
 */
SeedsPointsRules *
seeds_points_rules_new_from_data (const char  *data,
                                  gsize        length,
                                  GError     **error)
{
  g_autoptr(SeedsPointsRules) self = g_object_new (SEEDS_TYPE_POINTS_RULES, NULL);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_auto(GStrv) groups = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_key_file_load_from_data (file, data, length, G_KEY_FILE_NONE, error))
    return NULL;

  groups = g_key_file_get_groups (file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (!read_rule (self, file, groups[i], error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * seeds_points_rules_new_default:
 *
 * Returns: (transfer full): the rules the app ships with
 */
SeedsPointsRules *
seeds_points_rules_new_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SeedsPointsRules *rules;
  gsize length;
  const char *data;

  /* Bundled and tested: a failure here is a bug of the build. */
  seeds_resources_ensure_registered ();
  bytes = g_resources_lookup_data (RULES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("%s", error->message);

  data = g_bytes_get_data (bytes, &length);
  rules = seeds_points_rules_new_from_data (data, length, &error);
  if (rules == NULL)
    g_error ("%s", error->message);

  return rules;
}

guint
seeds_points_rules_get_n_rules (SeedsPointsRules *self)
{
  g_return_val_if_fail (SEEDS_IS_POINTS_RULES (self), 0);

  return self->rules->len;
}

const SeedsPointsRule *
seeds_points_rules_get_rule (SeedsPointsRules *self,
                             guint             position)
{
  g_return_val_if_fail (SEEDS_IS_POINTS_RULES (self), NULL);
  g_return_val_if_fail (position < self->rules->len, NULL);

  return &g_array_index (self->rules, SeedsPointsRule, position);
}

/* Returns: (nullable): the rule of @kind, or %NULL when it earns nothing */
const SeedsPointsRule *
seeds_points_rules_lookup (SeedsPointsRules *self,
                           SeedsRuleKind     kind)
{
  g_return_val_if_fail (SEEDS_IS_POINTS_RULES (self), NULL);

  for (guint i = 0; i < self->rules->len; i++)
    {
      const SeedsPointsRule *rule = &g_array_index (self->rules, SeedsPointsRule, i);

      if (rule->kind == kind)
        return rule;
    }

  return NULL;
}

/* Returns: the rule's title, translated */
const char *
seeds_points_rule_get_title (const SeedsPointsRule *rule)
{
  g_return_val_if_fail (rule != NULL && (guint) rule->kind < SEEDS_N_RULE_KINDS, NULL);

  return _(kinds[rule->kind].title);
}

/* The title of the rule with @rule_id, translated, for an entry of the
 * ledger; a rule this version does not know is named by its id. */
const char *
seeds_points_rule_title_for_id (const char *rule_id)
{
  SeedsRuleKind kind;

  if (!seeds_rule_kind_from_string (rule_id, &kind))
    return rule_id;

  return _(kinds[kind].title);
}

/**
 * seeds_points_rule_describe:
 * @rule: a rule
 *
 * Returns: (transfer full): what earns the rule's points, translated, for
 *   the list of rules the app shows
 */
char *
seeds_points_rule_describe (const SeedsPointsRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  switch (rule->kind)
    {
    case SEEDS_RULE_MEETING_SCORED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "A meeting that at least %u member scored.",
                                           "A meeting that at least %u members scored.",
                                           rule->min_members),
                              rule->min_members);
    case SEEDS_RULE_STEPS_REVIEWED:
      return g_strdup (_("A meeting that looked back at the next steps agreed before."));
    case SEEDS_RULE_STEP_DONE:
      return g_strdup (_("A next step the group agreed on and carried out."));
    case SEEDS_RULE_FAILURE_RECORDED:
      return g_strdup (_("What the group tried, what happened and what it learned, written down."));
    case SEEDS_RULE_PROFILE_SHARED:
      return g_strdup (_("The community’s profile saved to share with others, once a month."));
    case SEEDS_RULE_LESSON_TAKEN:
      return g_strdup (_("A next step that takes up an idea of another learning community, "
                         "once per community and factor."));
    default:
      g_return_val_if_reached (NULL);
    }
}
