-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3);

-- Bookings made before confirmation existed count as confirmed.
UPDATE "Booking" SET "confirmedAt" = "createdAt" WHERE "confirmedAt" IS NULL;
