import { graphql } from '../gql';

/** The working-day calendar: the years it covers, the organisation department's warnings, and whether the viewer may enter days. */
export const WorkingCalendarQuery = graphql(`
  query WorkingCalendar {
    workingCalendar {
      libraryYears
      confirmedYears
      coveredYears
      missingYear
      canManage
      additions {
        day
      }
      warnings {
        year
        since
        urgent
      }
    }
  }
`);

/** Only the warnings, for the home page. */
export const CalendarWarningsQuery = graphql(`
  query CalendarWarnings {
    workingCalendar {
      warnings {
        year
        since
        urgent
      }
    }
  }
`);

export const CalendarYearQuery = graphql(`
  query CalendarYear($year: Int!) {
    calendarYear(year: $year) {
      year
      status
      covered
      confirmedBy
      confirmedAt
      days {
        day
        kind
        name
        source
      }
    }
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($input: CalendarDayInput!) {
    setCalendarDay(input: $input) {
      day
      kind
      name
    }
  }
`);

export const ConfirmCalendarYearMutation = graphql(`
  mutation ConfirmCalendarYear($year: Int!) {
    confirmCalendarYear(year: $year)
  }
`);
