// Moves this process's clock by DESKPILOT_CLOCK_SHIFT_DAYS days, as `faketime -f +365d` would, for
// `npm run test:clock` (loaded with node --import, so every test worker has it). Only the wall
// clock moves: `new Date()` and `Date.now()`; dates given explicitly stay as given.
const days = Number(process.env.DESKPILOT_CLOCK_SHIFT_DAYS ?? 0);
if (days) {
  const offset = days * 86_400_000;
  const RealDate = globalThis.Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
