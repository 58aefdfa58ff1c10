#pragma once

// Reminders for the collecting rep in the notification inbox: every open instalment of a contract the user owns that
// is past its due date ("Payment overdue", opens the contract) and every one due today ("Payment due today").
// Registered with NotificationSources::add() at the program's start (app/gui/main.cpp); the inbox, its badge and
// its tests then cover them like the built-in sources.
class CollectionReminders
{
public:
    CollectionReminders() = delete;
    static void install();
};
