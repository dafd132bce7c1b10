-- The scheduler samples a region's Ready nodes in id order from a rotating start, so the index
-- ends in id: the sample is an index range scan whatever the size of the pool.
-- DropIndex
DROP INDEX "Node_region_osType_state_idx";

-- CreateIndex
CREATE INDEX "Node_region_osType_state_id_idx" ON "Node"("region", "osType", "state", "id");
