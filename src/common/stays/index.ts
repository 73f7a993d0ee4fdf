/** The short-stay calculator (90 days in any 180) and the calendar-day helpers it uses. */
export {
  evaluateStays,
  planTrip,
  SHORT_STAY_RULE,
  type PlannedTrip,
  type Stay,
  type StayEvaluation,
  type StayOptions,
  type StayRule,
  type TripPlan,
} from './calculator';
export { addDays, daysBetween, fromDayNumber, isIsoDate, isoDateOf, toDayNumber, type IsoDate } from './days';
