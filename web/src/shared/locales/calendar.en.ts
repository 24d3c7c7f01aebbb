import type calendarZhCN from './calendar.zh-CN';

/** English for the working-day calendar page and its warning; the same keys as `calendar.zh-CN.ts`. */
const calendarEn: typeof calendarZhCN = {
  calendar: {
    title: 'Working calendar',
    description: 'Deadlines count working days in Beijing time. The official holidays come built in; a year the built-in calendar does not cover is entered day by day by the provincial organisation department and then confirmed, after which working days are counted in it.',
    years: 'Years',
    year: 'Year',
    statusTitle: 'Status',
    status: { LIBRARY: 'Built in', CONFIRMED: 'Entered and confirmed', ENTERED: 'Entered, not confirmed', MISSING: 'Not entered' },
    days: 'Holidays and make-up workdays',
    yearTitle: 'Holidays and make-up workdays of {year}',
    confirmedBy: 'Confirmed by {name} at {time}',
    noDays: 'No holiday or make-up workday entered for this year yet',
    day: 'Day',
    dayPlaceholder: 'Pick a day',
    weekday: 'Weekday',
    weekdays: { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' },
    kind: 'Kind',
    kinds: { HOLIDAY: 'Official holiday', WORKDAY: 'Make-up workday' },
    name: 'Name',
    namePlaceholder: 'e.g. Spring Festival, National Day',
    source: 'Source',
    sources: { LIBRARY: 'Built in', ADDED: 'Entered' },
    confirmHint: 'Once every official holiday and make-up workday of {year} is entered and checked, confirm the year. Until then no period can be counted into it.',
    confirm: 'Confirm {year}',
    enterTitle: 'Enter a holiday or make-up workday',
    enterHint: 'Enter the days as the State Council’s general office publishes them; entering a day again corrects it.',
    save: 'Enter',
    readOnly: 'The provincial organisation department or a system administrator enters and confirms the holidays; you can read them.',
    saved: 'Entered {date}',
    confirmed: 'The calendar of {year} is confirmed: working days are counted in it now',
    failed: 'Not done',
    warning: 'The official holidays of {year} are not entered yet',
    warningUrgent: '{year} has begun and its official holidays are still not entered and confirmed',
    warningSince: 'Warned since {date}: enter and confirm the holidays of {year} on the working calendar page, or notice windows and review deadlines cannot be counted into it.',
    warningLink: 'Open the working calendar',
  },
};

export default calendarEn;
