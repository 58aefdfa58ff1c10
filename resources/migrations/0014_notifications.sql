-- DeskCRM schema v14: the notification inbox and task reminders (models/inbox). Tokens and dialect blocks as in
-- 0001_initial.sql.
--
-- The inbox's items are derived from the data (tasks due, reminders reached, follow-ups due today, deals past their
-- close date, assignments by colleagues); only what each user did with an item is stored: read, dismissed, snoozed
-- until. One live row per user and item key ("task.reminder:<task id>", "task.due:<task id>:<due date>" …).
CREATE TABLE notification_state (
    id {UUID} PRIMARY KEY,
    user_id {UUID} NOT NULL REFERENCES users(id),
    item_key TEXT NOT NULL,
    read_at {TS},
    dismissed_at {TS},
    snoozed_until {TS},
    {META}
);
CREATE UNIQUE INDEX ux_notification_state ON notification_state(user_id, item_key) WHERE deleted_at IS NULL;
-- The next snoozed reminder of a user (ReminderScheduler arms its timer for it).
CREATE INDEX ix_notification_state_snoozed ON notification_state(user_id, snoozed_until)
    WHERE deleted_at IS NULL AND snoozed_until IS NOT NULL;

-- Counting one user's items at list speed on 100,000 tasks: each source seeks on its owner and its date.
CREATE INDEX ix_tasks_inbox_due ON tasks(owner_id, due_date) WHERE deleted_at IS NULL AND status <> 'done';
CREATE INDEX ix_tasks_inbox_reminder ON tasks(owner_id, reminder_at)
    WHERE deleted_at IS NULL AND status <> 'done' AND reminder_at IS NOT NULL;
CREATE INDEX ix_tasks_inbox_updated ON tasks(owner_id, updated_at) WHERE deleted_at IS NULL AND status <> 'done';
CREATE INDEX ix_interactions_inbox_next ON interactions(author_id, next_follow_up)
    WHERE deleted_at IS NULL AND next_follow_up IS NOT NULL;
CREATE INDEX ix_opportunities_inbox_close ON opportunities(owner_id, expected_close)
    WHERE deleted_at IS NULL AND actual_close IS NULL;
CREATE INDEX ix_opportunities_inbox_updated ON opportunities(owner_id, updated_at) WHERE deleted_at IS NULL;
