-- CreateTable
CREATE TABLE "SeenChatRequest" (
    "key" TEXT NOT NULL,
    "expiresAt" INTEGER NOT NULL,

    CONSTRAINT "SeenChatRequest_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SeenChatRequest_expiresAt_idx" ON "SeenChatRequest"("expiresAt");
