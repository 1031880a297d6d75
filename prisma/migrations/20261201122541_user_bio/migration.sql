-- AlterTable
ALTER TABLE "User" ADD COLUMN     "bio" TEXT NOT NULL DEFAULT '';

-- Hand-written: the bio's length limit (USER_BIO_MAX_LENGTH in lib/users/schema.ts), the last guard.
ALTER TABLE "User" ADD CONSTRAINT "User_bio_length" CHECK (char_length("bio") <= 600);
