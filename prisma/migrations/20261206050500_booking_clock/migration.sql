-- The prospect's 12/24-hour clock, so the confirmation page, the mails and the manage page follow it.
ALTER TABLE "Booking" ADD COLUMN "hour12" BOOLEAN NOT NULL DEFAULT false;
