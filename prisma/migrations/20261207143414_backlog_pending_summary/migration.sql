-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Mailbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "uidValidity" TEXT,
    "lastUid" BIGINT NOT NULL DEFAULT 0,
    "lastSyncAt" DATETIME,
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "addedAt" DATETIME,
    "catchUpOf" INTEGER,
    "catchUpDone" INTEGER,
    "catchUpStartedAt" DATETIME,
    "catchUpAt" DATETIME,
    "backlogMessages" INTEGER NOT NULL DEFAULT 0,
    "backlogTickets" INTEGER NOT NULL DEFAULT 0,
    "backlogTriage" INTEGER NOT NULL DEFAULT 0,
    "backlogOverdue" INTEGER NOT NULL DEFAULT 0,
    "backlogReplies" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Mailbox_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Mailbox" ("addedAt", "address", "catchUpAt", "catchUpDone", "catchUpOf", "catchUpStartedAt", "consecutiveFailures", "id", "lastError", "lastSyncAt", "lastUid", "organisationId", "source", "uidValidity") SELECT "addedAt", "address", "catchUpAt", "catchUpDone", "catchUpOf", "catchUpStartedAt", "consecutiveFailures", "id", "lastError", "lastSyncAt", "lastUid", "organisationId", "source", "uidValidity" FROM "Mailbox";
DROP TABLE "Mailbox";
ALTER TABLE "new_Mailbox" RENAME TO "Mailbox";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
