import { graphql } from '../gql';

export const MyNotificationSettingsQuery = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      email
      delivery
      mailEnabled
      digestHour
    }
  }
`);

export const SetMyNotificationSettingsMutation = graphql(`
  mutation SetMyNotificationSettings($input: NotificationSettingsInput!) {
    setMyNotificationSettings(input: $input) {
      email
      delivery
      mailEnabled
      digestHour
    }
  }
`);
