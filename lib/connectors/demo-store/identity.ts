/** How the embedded demo store names itself; the label says it is a demo wherever it shows. */
export const DEMO_STORE_ID = 'demo';
export const DEMO_STORE_LABEL = 'Northwind Goods (demo store)';
/** Not a real admin: the demo store's orders link to a placeholder page on the project's domain. */
export const DEMO_ADMIN_ORDERS_URL = 'https://demo.deskpilot.dev/admin/orders/';
