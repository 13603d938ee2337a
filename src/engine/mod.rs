//! The engine: the pure state machine every front end (wizard, `walk`, plain mode, drills)
//! drives. Never imports a terminal, key, command-line or disk crate.

pub mod distance;
pub mod pathcode;
pub mod session;

pub use distance::{Distances, Remaining};
pub use session::{Answer, Event, Session, StatedFact, StepError, Visit};
