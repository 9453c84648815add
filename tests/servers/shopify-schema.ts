/**
 * The part of Shopify's Admin GraphQL schema (version 2026-10, transcribed from the reference at
 * shopify.dev/docs/api/admin-graphql on 2026-11-24) that Deskpilot's queries touch. The loopback
 * server executes queries against it with graphql-js, so a misspelt field, a wrong argument or a
 * field of the wrong type in lib/connectors/shopify-query.ts fails the tests as it would fail on
 * Shopify. Enums list Shopify's values; types carry only the fields used plus a few neighbours.
 */
import { buildSchema } from 'graphql';

export const SHOPIFY_SCHEMA = buildSchema(/* GraphQL */ `
  scalar DateTime
  scalar Decimal
  scalar UnsignedInt64
  scalar URL

  enum CurrencyCode { AUD CAD CHF EUR GBP JPY USD }
  enum CountryCode { AT AU BE CA CH DE ES FR GB IE IT NL US }
  enum OrderSortKeys { CREATED_AT CUSTOMER_NAME FINANCIAL_STATUS FULFILLMENT_STATUS ID NUMBER PROCESSED_AT RELEVANCE TOTAL_PRICE UPDATED_AT }
  enum OrderDisplayFinancialStatus { AUTHORIZED EXPIRED PAID PARTIALLY_PAID PARTIALLY_REFUNDED PENDING REFUNDED VOIDED }
  enum OrderDisplayFulfillmentStatus { FULFILLED IN_PROGRESS ON_HOLD OPEN PARTIALLY_FULFILLED PENDING_FULFILLMENT REQUEST_DECLINED RESTOCKED SCHEDULED UNFULFILLED }
  enum FulfillmentStatus { CANCELLED ERROR FAILURE OPEN PENDING SUCCESS }
  enum FulfillmentDisplayStatus {
    ATTEMPTED_DELIVERY CANCELED CONFIRMED DELIVERED FAILURE FULFILLED IN_TRANSIT LABEL_PRINTED LABEL_PURCHASED
    LABEL_VOIDED MARKED_AS_FULFILLED NOT_DELIVERED OUT_FOR_DELIVERY PICKED_UP READY_FOR_PICKUP SUBMITTED
  }

  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type MoneyV2 { amount: Decimal! currencyCode: CurrencyCode! }
  type MoneyBag { shopMoney: MoneyV2! presentmentMoney: MoneyV2! }

  type LineItem { id: ID! title: String! name: String! sku: String quantity: Int! originalUnitPriceSet: MoneyBag! }
  type LineItemConnection { nodes: [LineItem!]! pageInfo: PageInfo! }

  type MailingAddress {
    name: String address1: String address2: String city: String province: String provinceCode: String
    zip: String country: String countryCodeV2: CountryCode phone: String
  }

  type FulfillmentTrackingInfo { company: String number: String url: URL }
  type FulfillmentLineItem { id: ID! quantity: Int lineItem: LineItem! }
  type FulfillmentLineItemConnection { nodes: [FulfillmentLineItem!]! pageInfo: PageInfo! }
  type Fulfillment {
    id: ID! name: String! status: FulfillmentStatus! displayStatus: FulfillmentDisplayStatus
    createdAt: DateTime! deliveredAt: DateTime estimatedDeliveryAt: DateTime inTransitAt: DateTime
    trackingInfo(first: Int): [FulfillmentTrackingInfo!]!
    fulfillmentLineItems(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): FulfillmentLineItemConnection!
  }

  type Refund { id: ID! createdAt: DateTime note: String totalRefundedSet: MoneyBag! }

  type CustomerEmailAddress { emailAddress: String }
  type Customer {
    id: ID! displayName: String! firstName: String lastName: String createdAt: DateTime!
    numberOfOrders: UnsignedInt64! amountSpent: MoneyV2! defaultEmailAddress: CustomerEmailAddress
  }

  type Order {
    id: ID! legacyResourceId: UnsignedInt64! name: String! createdAt: DateTime! processedAt: DateTime!
    cancelledAt: DateTime cancelReason: String closedAt: DateTime email: String
    displayFinancialStatus: OrderDisplayFinancialStatus displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
    currencyCode: CurrencyCode! totalPriceSet: MoneyBag! totalRefundedSet: MoneyBag!
    lineItems(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): LineItemConnection!
    shippingAddress: MailingAddress
    fulfillments(first: Int): [Fulfillment!]!
    refunds(first: Int): [Refund!]!
    customer: Customer
  }
  type OrderConnection { nodes: [Order!]! pageInfo: PageInfo! }

  type Shop { name: String! myshopifyDomain: String! email: String! currencyCode: CurrencyCode! }
  type AccessScope { handle: String! description: String! }
  type AppInstallation { id: ID! accessScopes: [AccessScope!]! }

  type QueryRoot {
    orders(
      first: Int after: String last: Int before: String query: String
      reverse: Boolean = false sortKey: OrderSortKeys = PROCESSED_AT savedSearchId: ID
    ): OrderConnection!
    shop: Shop!
    currentAppInstallation: AppInstallation!
  }

  schema { query: QueryRoot }
`);
