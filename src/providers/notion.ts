import type { Provider } from './provider.js';

/** Notion API: `{"object":"error","status":…,"code":"…"}`. Sources: developers.notion.com/reference/status-codes. */
export const provider: Provider = {
  name: 'notion',
  display: 'Notion',
  // Not the bare word ("the notion of").
  // Hosts (the official API, and www.notion.so/api/v3 that notion-py and react-notion-x call), SDKs.
  hints: ['api\\.notion\\.com', '(?:www\\.)?notion\\.so', '@notionhq/client', 'notion_client', 'notion-py', 'NotionAPI', 'react-notion-x'],
  links: {
    permissions: 'https://www.notion.so/help/add-and-manage-connections-with-the-api',
    transient: 'https://developers.notion.com/reference/request-limits',
    outage: 'https://status.notion.so',
  },
};
