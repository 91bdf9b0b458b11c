-- The secret that opens a tablet's draft lock where its browser has no WebAuthn PRF: made on
-- its first release (POST /api/devices/lock-secret, to the tablet's token and a staff login of
-- its centre), 32 random bytes in base64url. A copy of the tablet's files holds no part of it.
ALTER TABLE devices ADD COLUMN lock_secret TEXT;
