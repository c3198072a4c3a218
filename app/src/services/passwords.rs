//! Password rules and hashing: argon2id at OWASP's minimum (19 MiB, t=2, p=1), always off the
//! async threads, at most one hash per core at a time, each in reused memory.

use std::{
    collections::HashSet,
    sync::{
        Arc, LazyLock, Mutex, PoisonError,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, Version,
    password_hash::{self, Output, ParamsString, SaltString, rand_core::OsRng},
};
use tokio::sync::Semaphore;

use crate::model::{error::AppError, problem::Problem};

pub const MIN_LENGTH: usize = 8;
/// Long passphrases are welcome; the cap only stops a megabyte "password" from costing CPU.
pub const MAX_LENGTH: usize = 256;

/// The 10,000 most common passwords (app/data/README.md says where they come from).
static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("../../data/common-passwords.txt").lines().collect());

/// Why a new password is refused: a message the person can act on.
pub fn check_new_password(password: &str) -> Result<(), AppError> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(Problem::PasswordTooShort { min: MIN_LENGTH }.at("password"));
    }
    if length > MAX_LENGTH {
        return Err(Problem::PasswordTooLong { max: MAX_LENGTH }.at("password"));
    }
    if COMMON.contains(password.to_lowercase().as_str()) {
        return Err(Problem::PasswordCommon.at("password"));
    }
    Ok(())
}

fn params() -> Params {
    Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters")
}

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params())
}

/// How long a hash waits for a free worker before the person is told to try again.
pub const WAIT_FOR_WORKER: Duration = Duration::from_secs(5);

/// Every hash and verify runs on one of these workers: as many as there are cores, each keeping
/// its 19 MiB argon2 memory for the next call. A burst of sign-ins queues here instead of
/// running hundreds of hashes (and allocations) at once on the blocking pool.
struct Workers {
    size: usize,
    permits: Arc<Semaphore>,
    /// Memory blocks of idle workers: at most one per permit, allocated on first use.
    memory: Mutex<Vec<Vec<Block>>>,
    in_flight: AtomicUsize,
    peak: AtomicUsize,
}

static WORKERS: LazyLock<Workers> = LazyLock::new(|| {
    let size = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    Workers {
        size,
        permits: Arc::new(Semaphore::new(size)),
        memory: Mutex::new(Vec::with_capacity(size)),
        in_flight: AtomicUsize::new(0),
        peak: AtomicUsize::new(0),
    }
});

/// How many hashes may run at once: the cores of this machine.
pub fn workers() -> usize {
    WORKERS.size
}

/// The most hashes that ever ran at once in this process (never more than [`workers`]).
pub fn in_flight_peak() -> usize {
    WORKERS.peak.load(Ordering::SeqCst)
}

/// The answer when every worker stays busy for [`WAIT_FOR_WORKER`].
fn busy() -> AppError {
    Problem::SignInsBusy.at("password")
}

/// Runs `work` with a worker's memory on a blocking thread, once a worker is free: within
/// `wait`, or whenever one is (`None`, for work nobody is waiting on).
async fn on_worker<T: Send + 'static>(
    wait: Option<Duration>,
    work: impl FnOnce(&mut [Block]) -> T + Send + 'static,
) -> Result<T, AppError> {
    let acquire = WORKERS.permits.clone().acquire_owned();
    let permit = match wait {
        Some(wait) => tokio::time::timeout(wait, acquire).await.map_err(|_| busy())?,
        None => acquire.await,
    }
    .map_err(AppError::internal)?;
    tokio::task::spawn_blocking(move || {
        // The permit goes with the work: a caller that gives up does not free a busy worker.
        let _permit = permit;
        let _counted = InFlight::enter();
        let mut memory = take_memory();
        let result = work(memory.as_mut_slice());
        give_back_memory(memory);
        result
    })
    .await
    .map_err(AppError::internal)
}

fn take_memory() -> Vec<Block> {
    let idle = WORKERS.memory.lock().unwrap_or_else(PoisonError::into_inner).pop();
    idle.unwrap_or_else(|| vec![Block::default(); params().block_count()])
}

fn give_back_memory(memory: Vec<Block>) {
    let mut idle = WORKERS.memory.lock().unwrap_or_else(PoisonError::into_inner);
    // Never more idle blocks than workers, even if a hash once panicked and one was reallocated.
    if idle.len() < WORKERS.size {
        idle.push(memory);
    }
}

/// Counts a running hash for [`in_flight_peak`], until dropped (also on a panic).
struct InFlight;

impl InFlight {
    fn enter() -> Self {
        let now = WORKERS.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        WORKERS.peak.fetch_max(now, Ordering::SeqCst);
        InFlight
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        WORKERS.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Hashes on a worker: tens of milliseconds each, in the worker's own memory. The result is a
/// standard PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
pub async fn hash(password: String) -> Result<String, AppError> {
    on_worker(Some(WAIT_FOR_WORKER), move |memory| hash_with(password.as_bytes(), memory))
        .await?
        .map_err(AppError::internal)
}

/// [`hash`] for background work (an import), which waits its turn however long sign-ins keep
/// the workers busy instead of failing halfway.
pub async fn hash_in_turn(password: String) -> Result<String, AppError> {
    on_worker(None, move |memory| hash_with(password.as_bytes(), memory))
        .await?
        .map_err(AppError::internal)
}

/// Verifies on a worker. A malformed stored hash counts as a mismatch; `Err` only when the
/// server is too busy to check.
pub async fn verify(password: String, stored_hash: String) -> Result<bool, AppError> {
    let check = move |memory: &mut [Block]| verify_with(password.as_bytes(), &stored_hash, memory);
    on_worker(Some(WAIT_FOR_WORKER), check).await
}

fn hash_with(password: &[u8], memory: &mut [Block]) -> Result<String, password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_buffer = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_buffer)?;
    let mut output = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2().hash_password_into_with_memory(password, salt_bytes, &mut output, memory)?;
    phc_string(&salt, &output)
}

/// The PHC string of an argon2id hash at today's parameters.
fn phc_string(salt: &SaltString, output: &[u8]) -> Result<String, password_hash::Error> {
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params())?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(output)?),
    };
    Ok(phc.to_string())
}

/// Recomputes the hash with the algorithm, version, parameters and salt the stored string names
/// (so hashes made before the workers, or at other parameters, still verify) and compares in
/// constant time.
fn verify_with(password: &[u8], stored: &str, memory: &mut [Block]) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
    let Ok(params) = Params::try_from(&parsed) else { return false };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else { return false };
    let Ok(version) = parsed.version.map_or(Ok(Version::V0x13), Version::try_from) else {
        return false;
    };
    let mut salt_buffer = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_buffer) else { return false };
    let blocks = params.block_count();
    let hasher = Argon2::new(algorithm, version, params);
    let mut output = vec![0u8; expected.len()];
    let computed = match memory.get_mut(..blocks) {
        Some(memory) => hasher.hash_password_into_with_memory(password, salt, &mut output, memory),
        // A hash made with more memory than today's parameters: its own allocation.
        None => hasher.hash_password_into(password, salt, &mut output),
    };
    // `Output`'s equality is constant-time.
    computed.is_ok() && Output::new(&output).is_ok_and(|computed| computed == expected)
}

/// A hash nobody's password matches, verified against when the email is unknown so that an
/// unknown email costs the same time as a wrong password. Random salt and output at today's
/// parameters: checking it costs a full hash, making it costs nothing.
pub fn dummy_hash() -> String {
    static DUMMY: LazyLock<String> = LazyLock::new(|| {
        let salt = SaltString::generate(&mut OsRng);
        let mut output = [0u8; Params::DEFAULT_OUTPUT_LEN];
        getrandom::fill(&mut output).expect("the OS random source works");
        phc_string(&salt, &output).expect("a valid PHC string")
    });
    DUMMY.clone()
}

/// A first password for an account an admin creates in bulk: 15 characters in three groups,
/// without look-alike letters, easy to read out or print (about 70 bits).
pub fn temporary_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 15];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    let chars: Vec<char> =
        bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
    chars.chunks(5).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_long_and_common_passwords_are_refused() {
        assert!(check_new_password("short1!").is_err());
        assert!(check_new_password(&"x".repeat(MAX_LENGTH + 1)).is_err());
        assert!(check_new_password("password").is_err());
        assert!(check_new_password("PassWord1").is_err(), "compared case-insensitively");
        assert!(check_new_password("qwertyuiop").is_err());
        assert!(check_new_password("olive tree by the Jordan river").is_ok());
        // Counted in characters, not bytes: eight Arabic letters are enough.
        assert!(check_new_password("كلمةسرقوي").is_ok());
        assert!(check_new_password(&"x".repeat(MAX_LENGTH)).is_ok());
    }

    #[test]
    fn temporary_passwords_pass_the_rules_and_differ() {
        let (a, b) = (temporary_password(), temporary_password());
        assert_ne!(a, b);
        assert_eq!(a.len(), 17);
        assert!(check_new_password(&a).is_ok());
    }

    #[tokio::test]
    async fn hashes_are_argon2id_at_owasp_minimum_and_verify() {
        let h = hash("olive tree by the Jordan river".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("olive tree by the Jordan river".into(), h.clone()).await.unwrap());
        assert!(!verify("olive tree by the jordan river".into(), h.clone()).await.unwrap());
        // No truncation: a change after the 72nd byte still matters.
        let long = "a".repeat(100);
        let h = hash(long.clone()).await.unwrap();
        assert!(!verify(format!("{}b", &long[..99]), h).await.unwrap());
        assert!(!verify("anything".into(), "not a hash".into()).await.unwrap());
        assert!(!verify("anything".into(), dummy_hash()).await.unwrap());
        assert!(dummy_hash().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    #[tokio::test]
    async fn hashes_made_by_the_password_hash_api_still_verify() {
        use argon2::{PasswordHasher, PasswordVerifier};
        // How every stored hash was made before the workers.
        let salt = SaltString::generate(&mut OsRng);
        let old = argon2().hash_password(b"olive tree by the river", &salt).unwrap().to_string();
        assert!(verify("olive tree by the river".into(), old.clone()).await.unwrap());
        assert!(!verify("olive tree by the rivers".into(), old).await.unwrap());
        // And the other way round: the workers' hashes verify through the standard API.
        let new = hash("olive tree by the river".into()).await.unwrap();
        let parsed = PasswordHash::new(&new).unwrap();
        assert!(argon2().verify_password(b"olive tree by the river", &parsed).is_ok());
    }
}
