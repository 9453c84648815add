/**
 * What the Korean-interface tests check the screen with. `englishWords` lists the Latin words on
 * screen outside the agent's data: what may stay in Latin letters is what the agent's data says —
 * the customer's and shop's text, names, order numbers, product titles, template text, store
 * labels (the DATA elements) — brand and product names, and acronyms (AI, API, URL, VIP).
 * `axeViolations` lists axe's serious and critical findings.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const KOREAN_PAGE = '2026-12-04-korean-customer.html';
export const MINJI_THREAD = '#inbox/FMfcgzQbKrwMinjiPrkQzTvNhLcXsDgW';
export const INBOX_LIST = '2026-12-04-inbox-list.html';

/** Elements whose text is the agent's data, not the interface: left out of the English check. */
const DATA = [
  '[data-testid=ticket-subject]',
  '[data-testid=ticket-customer]',
  '[data-testid=latest-message]',
  '[data-testid=rendered]',
  '[data-testid=request-text]',
  '.chip',
  '.items',
  '.order-folded summary',
  '.tracking',
  '.queue-customer',
  '.queue-subject',
  '.queue-snippet',
  '.template-title',
  '.template-meta',
  'kbd',
  'code',
  'option[lang]',
  'input',
  'textarea',
  '.summary',
  // The template editor's sample customer and order, the open tabs' titles, what a selector found on a page.
  '.preview-sample',
  '[data-testid=profile-tab]',
  '.profile-sample',
  // Settings › Packs: a pack's name, a template's title and the lines of its body.
  '.pack-name',
  '.pack-update-title',
  '.diff',
];
/** Names and acronyms written the same in Korean: brands, products, protocols. */
const ALLOWED = new Set(
  'HTTP Dev Dashboard Deskpilot Gmail Seller Central Zendesk Freshdesk Help Scout Gorgias Outlook eBay Etsy Amazon Shopify WooCommerce BigCommerce OpenAI Azure Ollama LM Studio vLLM Groq OpenRouter AI API URL VIP CORS Liquid JSON ISO Alt Shift Enter Esc Developer Enable YOUR RESOURCE ID LWA REST WordPress OLLAMA ORIGINS chrome extension api key serve model vllm platform openai com console groq keys gpt mini llama versatile US USD CSV Git json'.split(
    ' ',
  ),
);

// The demo store's shop name is data like any store's label; "(demo store)" around it is translated.
ALLOWED.add('Northwind').add('Goods');

/** Latin words on screen outside the data, minus the allowed names: what is left is untranslated. */
export async function englishWords(page: Page, root = 'body'): Promise<string[]> {
  const text = await page.evaluate(
    ({ root, data }) => {
      const clone = document.querySelector(root)!.cloneNode(true) as HTMLElement;
      for (const el of clone.querySelectorAll(data.join(','))) el.remove();
      for (const el of clone.querySelectorAll('[hidden], .sr-only')) el.remove();
      // An option shown as its own value is data (a tag, a language code).
      for (const el of clone.querySelectorAll('option')) if (el.textContent === (el as HTMLOptionElement).value) el.remove();
      const parts: string[] = [];
      const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
      return parts.join(' ');
    },
    { root, data: DATA },
  );
  // Addresses, hosts and money amounts are data, whatever the language; so is what a message quotes
  // (an id, a field, a pack's name: "intents[0]", “Team support”).
  const stripped = text.replace(
    /\S+@\S+|https?:\/\/\S+|(?:[\w-]+\.)+(?:com|net|example|json)\S*|\b[a-z]+_[a-z_]+\b|US\$[\d.,]+|"[^"]*"|“[^”]*”/g,
    ' ',
  );
  return [...new Set((stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED.has(word)))];
}

export const axeViolations = async (page: Page): Promise<string[]> =>
  (await new AxeBuilder({ page }).setLegacyMode().analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
