//! The workshop timer: a timebox of 1–60 minutes that keeps running while people edit, can be
//! paused, given a minute more or stopped, and shows "time's up" (flashing, silent) at the end.
//! Time comes from a [`Clock`], so tests can move it on by hand.

use std::time::{Duration, Instant};

/// Where the timer reads the time: monotonic, from an arbitrary start.
pub trait Clock {
    fn now(&self) -> Duration;

    /// The calendar day, for what is due or overdue.
    fn today(&self) -> jiff::civil::Date {
        crate::model::today()
    }

    /// The local date and time, for when a plan was saved.
    fn now_local(&self) -> jiff::civil::DateTime {
        jiff::Zoned::now().datetime()
    }
}

/// The real clock.
pub struct SystemClock(Instant);

impl Default for SystemClock {
    fn default() -> Self {
        Self(Instant::now())
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.0.elapsed()
    }
}

pub const MIN_MINUTES: u32 = 1;
pub const MAX_MINUTES: u32 = 60;
const DEFAULT_MINUTES: u32 = 5;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timer {
    /// The timebox; zero when no timer is set.
    length: Duration,
    /// Time run before the last start or resume.
    used: Duration,
    /// When it was last started or resumed; `None` while paused or stopped.
    since: Option<Duration>,
    /// The length last asked for, in minutes (T starts this again).
    last_minutes: u32,
}

impl Timer {
    /// The minutes to suggest for the next timer.
    pub fn suggested_minutes(&self) -> u32 {
        if self.last_minutes == 0 {
            DEFAULT_MINUTES
        } else {
            self.last_minutes
        }
    }

    pub fn start(&mut self, minutes: u32, now: Duration) {
        let minutes = minutes.clamp(MIN_MINUTES, MAX_MINUTES);
        self.length = Duration::from_secs(u64::from(minutes) * 60);
        self.used = Duration::ZERO;
        self.since = Some(now);
        self.last_minutes = minutes;
    }

    pub fn is_set(&self) -> bool {
        !self.length.is_zero()
    }

    pub fn is_running(&self) -> bool {
        self.since.is_some()
    }

    fn elapsed(&self, now: Duration) -> Duration {
        self.used + self.since.map_or(Duration::ZERO, |s| now.saturating_sub(s))
    }

    /// Pauses a running timer, resumes a paused one, starts the last length when none is set.
    pub fn toggle(&mut self, now: Duration) {
        if !self.is_set() {
            self.start(self.suggested_minutes(), now);
        } else if let Some(since) = self.since.take() {
            self.used += now.saturating_sub(since);
        } else {
            self.since = Some(now);
        }
    }

    /// One minute more; after the end, one minute from now.
    pub fn add_minute(&mut self, now: Duration) {
        if !self.is_set() {
            return;
        }
        let elapsed = self.elapsed(now);
        if elapsed > self.length {
            self.length = elapsed;
        }
        self.length += Duration::from_mins(1);
    }

    pub fn stop(&mut self) {
        self.length = Duration::ZERO;
        self.used = Duration::ZERO;
        self.since = None;
    }

    pub fn remaining(&self, now: Duration) -> Duration {
        self.length.saturating_sub(self.elapsed(now))
    }

    /// How long until the face shows another second: the window sleeps until then.
    pub fn next_tick(&self, now: Duration) -> Duration {
        let nanos = self.remaining(now).subsec_nanos();
        if nanos == 0 {
            Duration::from_secs(1)
        } else {
            Duration::from_nanos(u64::from(nanos))
        }
    }

    pub fn ended(&self, now: Duration) -> bool {
        self.is_set() && self.elapsed(now) >= self.length
    }

    /// What the timer shows ("4:59", "4:59 paused", "time's up") and whether it has ended;
    /// `None` when no timer is set.
    pub fn face(&self, now: Duration) -> Option<(String, bool)> {
        if !self.is_set() {
            return None;
        }
        if self.ended(now) {
            return Some(("time's up".to_owned(), true));
        }
        // Round up, so a fresh 5-minute timer shows 5:00 and "0:00" never shows while running.
        let secs = self.remaining(now).as_secs_f64().ceil() as u64;
        let text = format!("{}:{:02}", secs / 60, secs % 60);
        Some(if self.is_running() {
            (text, false)
        } else {
            (format!("{text} paused"), false)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }

    #[test]
    fn the_window_wakes_when_the_face_shows_another_second() {
        let mut t = Timer::default();
        t.start(5, at(10));
        assert_eq!(t.next_tick(at(10)), Duration::from_secs(1));
        let later = at(12) + Duration::from_millis(300);
        assert_eq!(t.next_tick(later), Duration::from_millis(700));
        assert_eq!(t.face(later).unwrap().0, "4:58");
        assert_eq!(t.face(later + t.next_tick(later)).unwrap().0, "4:57");
    }

    #[test]
    fn a_timer_counts_down_pauses_and_ends() {
        let mut t = Timer::default();
        assert_eq!(t.face(at(0)), None);
        t.start(5, at(10));
        assert_eq!(t.face(at(10)).unwrap().0, "5:00");
        assert_eq!(t.face(at(71)).unwrap().0, "3:59");
        t.toggle(at(100));
        assert_eq!(t.face(at(1000)).unwrap().0, "3:30 paused");
        t.toggle(at(1000));
        assert_eq!(t.face(at(1030)).unwrap().0, "3:00");
        assert_eq!(t.face(at(1210)), Some(("time's up".to_owned(), true)));
        t.add_minute(at(1300));
        assert_eq!(
            t.face(at(1300)).unwrap().0,
            "1:00",
            "a minute from now after the end"
        );
        t.stop();
        assert_eq!(t.face(at(1300)), None);
    }

    #[test]
    fn t_starts_the_last_length_and_lengths_stay_in_range() {
        let mut t = Timer::default();
        t.toggle(at(0));
        assert_eq!(t.face(at(0)).unwrap().0, "5:00");
        t.start(90, at(0));
        assert_eq!(t.face(at(0)).unwrap().0, "60:00");
        t.stop();
        t.toggle(at(0));
        assert_eq!(t.face(at(0)).unwrap().0, "60:00");
        t.add_minute(at(0));
        assert_eq!(t.face(at(0)).unwrap().0, "61:00");
    }
}
