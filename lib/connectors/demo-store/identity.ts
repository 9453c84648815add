/** How the embedded demo store names itself; the label says it is a demo wherever it shows. */
export const DEMO_STORE_ID = 'demo';
export const DEMO_SHOP_NAME = 'Northwind Goods';
/** English (the command line, orders' `source.label`); the panel words it (components/store-source-label.ts). */
export const DEMO_STORE_LABEL = `${DEMO_SHOP_NAME} (demo store)`;
/** Not a real admin: the demo store's orders link to a placeholder page on the project's domain. */
export const DEMO_ADMIN_ORDERS_URL = 'https://demo.deskpilot.dev/admin/orders/';
