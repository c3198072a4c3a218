//! Logging: to stderr, filtered, without terminal colour codes when stderr is a file, and with
//! repeated warnings held back so that a burst leaves a readable log.

use std::{
    collections::HashMap,
    io::IsTerminal,
    sync::Mutex,
    time::{Duration, Instant},
};

use tracing::{Event, Level, Subscriber, callsite::Identifier};
use tracing_subscriber::{
    EnvFilter, Layer, fmt, layer::Context, layer::SubscriberExt, util::SubscriberInitExt,
};

/// Warnings from one line of code: at most this many…
const WARNINGS_PER_WINDOW: u32 = 5;
/// …in this long; the rest are counted and the count is logged once the window is over.
const WINDOW: Duration = Duration::from_secs(10);

/// Logs to stderr, filtered by `filter` (tracing syntax). Safe to call twice.
pub fn init(filter: &str) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let output = fmt::layer().with_target(false).with_ansi(std::io::stderr().is_terminal());
    let _ = tracing_subscriber::registry()
        .with(filter)
        .with(RepeatedWarnings::default())
        .with(output)
        .try_init();
}

/// Holds back a warning that one line of code has already logged `WARNINGS_PER_WINDOW` times
/// in the current window (23 MB of identical pool warnings in three minutes once buried
/// everything else). Errors always pass: each carries the reference a user reads out.
#[derive(Default)]
pub struct RepeatedWarnings {
    seen: Mutex<HashMap<Identifier, Window>>,
}

struct Window {
    started: Instant,
    logged: u32,
    held_back: u32,
}

impl<S: Subscriber> Layer<S> for RepeatedWarnings {
    fn event_enabled(&self, event: &Event<'_>, _: Context<'_, S>) -> bool {
        let meta = event.metadata();
        if *meta.level() != Level::WARN {
            return true;
        }
        let now = Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let window =
            seen.entry(meta.callsite()).or_insert(Window { started: now, logged: 0, held_back: 0 });
        if now - window.started >= WINDOW {
            if window.held_back > 0 {
                // Straight to stderr: an event logged from inside the subscriber is dropped.
                eprintln!(
                    "{} more warnings like this from {}:{} were left out of the log in the last {} s",
                    window.held_back,
                    meta.file().unwrap_or("?"),
                    meta.line().unwrap_or(0),
                    (now - window.started).as_secs()
                );
            }
            *window = Window { started: now, logged: 0, held_back: 0 };
        }
        if window.logged < WARNINGS_PER_WINDOW {
            window.logged += 1;
            true
        } else {
            window.held_back += 1;
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    };

    /// Counts the events that reach it.
    struct Count(Arc<AtomicUsize>);

    impl<S: Subscriber> Layer<S> for Count {
        fn on_event(&self, _: &Event<'_>, _: Context<'_, S>) {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }

    #[test]
    fn a_warning_repeated_in_a_burst_is_logged_a_few_times_and_errors_always() {
        let count = Arc::new(AtomicUsize::new(0));
        let subscriber = tracing_subscriber::registry()
            .with(RepeatedWarnings::default())
            .with(Count(count.clone()));
        tracing::subscriber::with_default(subscriber, || {
            for _ in 0..1000 {
                tracing::warn!("slow acquire");
            }
            for _ in 0..3 {
                tracing::error!("an error with its reference");
            }
            tracing::warn!("another line's warning");
        });
        assert_eq!(count.load(Ordering::Relaxed), WARNINGS_PER_WINDOW as usize + 3 + 1);
    }
}
