//! The server's submission keys: one file per key pair in a directory (`EVNE_KEY_DIR`), named
//! by key id, holding the secret scalar in hex, readable by the owner only. The newest key is
//! the one published to tablets; older ones stay so that submissions sealed before a rotation
//! still open. Secrets are never logged (`SecretKey`'s `Debug` redacts them).

use anyhow::{bail, Context};
use evne_model::envelope::{KeyId, SecretKey};
use std::io::Write;
use std::path::Path;

/// Every key the server can open submissions with, oldest first.
#[derive(Debug, Clone)]
pub struct KeyRing {
    keys: Vec<SecretKey>,
}

impl KeyRing {
    /// Loads the keys in `dir`, creating the directory and a first key if there are none.
    pub fn load_or_create(dir: &Path) -> anyhow::Result<Self> {
        Self::load_or_first(dir, true)
    }

    /// Like [`KeyRing::load_or_create`], but makes a first key only when `may_create`. A server
    /// that already holds submissions must not quietly start a new key because its key
    /// directory is missing (say, not mounted): every envelope waiting on the tablets is sealed
    /// to the old key and could never be opened.
    pub fn load_or_first(dir: &Path, may_create: bool) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("Failed to create the key directory {}", dir.display()))?;
        let ring = Self::load(dir)?;
        if !ring.keys.is_empty() {
            return Ok(ring);
        }
        if !may_create {
            bail!(
                "the key directory {} holds no submission key, but the database already has \
                 submissions: mount the right EVNE_KEY_DIR, or run `evne-server rotate-key` to \
                 start a new key on purpose",
                dir.display()
            );
        }
        let id = Self::rotate(dir)?;
        tracing::info!(key_id = %id, "created the first submission key");
        Self::load(dir)
    }

    /// Loads every `<key id>.key` file in `dir`.
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        let mut keys = vec![];
        let entries = std::fs::read_dir(dir)
            .with_context(|| format!("Failed to read the key directory {}", dir.display()))?;
        for entry in entries {
            let path = entry?.path();
            let (Some(stem), Some("key")) = (
                path.file_stem().and_then(|s| s.to_str()),
                path.extension().and_then(|s| s.to_str()),
            ) else {
                continue;
            };
            let id = KeyId::parse(stem)
                .map_err(|_| anyhow::anyhow!("{} is not named by a key id", path.display()))?;
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("Failed to read {}", path.display()))?;
            let bytes = from_hex(text.trim())
                .with_context(|| format!("{} does not hold a hex key", path.display()))?;
            let key = SecretKey::from_bytes(id, &bytes)
                .map_err(|_| anyhow::anyhow!("{} does not hold a P-256 key", path.display()))?;
            keys.push(key);
        }
        keys.sort_by(|a, b| a.id().cmp(b.id()));
        Ok(Self { keys })
    }

    /// Writes a new key pair to `dir`; it becomes the current key at the next start.
    pub fn rotate(dir: &Path) -> anyhow::Result<KeyId> {
        let key = SecretKey::generate(KeyId::new(), &mut rand::rngs::OsRng);
        let path = dir.join(format!("{}.key", key.id()));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options
            .open(&path)
            .with_context(|| format!("Failed to create {}", path.display()))?;
        let hex: String = key.to_bytes().iter().map(|b| format!("{b:02x}")).collect();
        writeln!(file, "{hex}").context("Failed to write the key")?;
        file.sync_all().context("Failed to sync the key file")?;
        Ok(key.id().clone())
    }

    /// The key tablets seal new submissions to.
    pub fn current(&self) -> anyhow::Result<&SecretKey> {
        match self.keys.last() {
            Some(k) => Ok(k),
            None => bail!("there is no submission key"),
        }
    }

    pub fn all(&self) -> &[SecretKey] {
        &self.keys
    }
}

fn from_hex(s: &str) -> anyhow::Result<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        bail!("odd or non-ASCII hex");
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).context("not hex"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rotation_adds_a_newer_current_key_and_keeps_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let first = KeyRing::load_or_create(dir.path()).unwrap();
        let old = first.current().unwrap().id().clone();

        let new = KeyRing::rotate(dir.path()).unwrap();
        let ring = KeyRing::load_or_create(dir.path()).unwrap();

        assert_eq!(ring.all().len(), 2);
        assert_eq!(ring.current().unwrap().id(), &new);
        assert!(ring.all().iter().any(|k| k.id() == &old));
        assert_eq!(
            ring.all()[0].public_key(),
            first.current().unwrap().public_key(),
            "the old key reloads unchanged"
        );
    }

    #[cfg(unix)]
    #[test]
    fn key_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let id = KeyRing::rotate(dir.path()).unwrap();
        let meta = std::fs::metadata(dir.path().join(format!("{id}.key"))).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn no_first_key_is_made_where_it_would_strand_submissions() {
        let dir = tempfile::tempdir().unwrap();
        let err = KeyRing::load_or_first(dir.path(), false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("EVNE_KEY_DIR"), "{err}");
        assert!(KeyRing::load(dir.path()).unwrap().all().is_empty());
    }

    #[test]
    fn a_damaged_key_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("k01.key"), "zz").unwrap();
        let err = KeyRing::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("k01.key"), "{err}");
    }
}
