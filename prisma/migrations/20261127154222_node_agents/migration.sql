-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isAdmin" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Node" ADD COLUMN     "agentId" TEXT,
ADD COLUMN     "cordoned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "gpuCapacity" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "heartbeatPaused" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "labels" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "leaseExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "NodeAgent" (
    "id" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NodeAgent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NodeAgent_heartbeatAt_idx" ON "NodeAgent"("heartbeatAt");

-- CreateIndex
CREATE INDEX "Node_agentId_idx" ON "Node"("agentId");

-- Whoever writes a Placement (scheduler, restart in place, stop, delete, eviction), the node
-- agent holding that node hears of it: the notification is sent only when the transaction
-- commits, so an agent never acts on a placement that was rolled back. It is a trigger only:
-- agents also load their nodes' placements on lease and on reconnect, so a lost notification
-- delays work by one resync at most.
-- The body is an E'' string with \x3B for each semicolon: the migration runner splits
-- scripts on semicolons.
CREATE FUNCTION "cerulean_notify_placement"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN
    PERFORM pg_notify(''cerulean_placements'', OLD."nodeId"::text || '' '' || OLD."containerGroupId"::text)\x3B
    RETURN OLD\x3B
  END IF\x3B
  PERFORM pg_notify(''cerulean_placements'', NEW."nodeId"::text || '' '' || NEW."containerGroupId"::text)\x3B
  RETURN NEW\x3B
END\x3B
';

CREATE TRIGGER "Placement_notify_agent"
AFTER INSERT OR UPDATE OR DELETE ON "Placement"
FOR EACH ROW EXECUTE FUNCTION "cerulean_notify_placement"();
