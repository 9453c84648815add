/** Hand-written Spanish examples, a few per intent. */
import { labelled } from './labelled';

export const ES = [
  ...labelled('where_is_my_order', ['¿Dónde está mi pedido?', 'Mi pedido #2210 todavía no ha llegado.', 'Hola, ¿cuándo llega mi paquete? El seguimiento no se actualiza.']),
  ...labelled('shipping_question', ['¿Hacen envíos a México?', '¿Cuánto cuesta el envío?', '¿Tienen envío exprés?']),
  ...labelled('address_change', ['Quiero cambiar la dirección de envío.', 'Me he mudado, por favor actualicen la dirección de mi pedido.', 'Puse mal el código postal en la dirección de entrega.']),
  ...labelled('cancel_order', ['Quiero cancelar mi pedido.', 'Por favor, cancelen el pedido 55120.', '¿Puedo anular el pedido antes de que lo envíen?']),
  ...labelled('modify_order', ['¿Puedo modificar mi pedido?', 'Quiero añadir otro artículo a mi pedido.', 'Por favor cambien la talla de mi pedido de M a L.']),
  ...labelled('return_request', ['Quiero devolver el artículo.', '¿Cómo hago una devolución? Necesito la etiqueta de envío.', 'Los zapatos no me quedan bien, quiero devolverlos.']),
  ...labelled('exchange', ['¿Puedo cambiar la chaqueta por una talla más grande?', 'Quiero cambiar la camisa por otro color.', '¿Es posible hacer un cambio de talla?']),
  ...labelled('refund', ['¿Cuándo recibiré mi reembolso?', 'Todavía estoy esperando la devolución del dinero.', 'Quiero que me devuelvan el dinero.']),
  ...labelled('damaged_item', ['El producto llegó dañado.', 'La taza llegó rota.', 'El aparato no funciona, está defectuoso.']),
  ...labelled('wrong_item', ['Recibí un artículo equivocado.', 'Me enviaron la talla incorrecta.', 'Esto no es lo que pedí.']),
  ...labelled('missing_item', ['Falta un artículo en mi pedido.', 'Solo llegaron dos de los tres productos.', 'El cargador no venía en la caja.']),
  ...labelled('product_question', ['¿Esta chaqueta es impermeable?', '¿De qué material está hecho el sofá?', '¿Cuándo volverá a estar disponible este producto?']),
  ...labelled('pre_sale_question', ['¿Puedo pagar con PayPal?', '¿Qué métodos de pago aceptan?', '¿Cómo hago un pedido?']),
  ...labelled('payment_issue', ['Me cobraron dos veces.', 'El pago falló pero me descontaron el dinero.', 'Mi tarjeta es rechazada al pagar.']),
  ...labelled('invoice', ['¿Me pueden enviar la factura?', 'Necesito una factura con mi NIF.', '¿Dónde descargo la factura de mi compra?']),
  ...labelled('discount_request', ['Mi código de descuento no funciona.', '¿Tienen descuento para estudiantes?', 'Olvidé aplicar el cupón en mi compra.']),
  ...labelled('complaint', ['Estoy muy descontento con su servicio.', 'Quiero poner una queja.', 'Es inaceptable, nadie responde a mis correos.']),
  ...labelled('feedback', ['¡Me encanta el producto, gracias!', 'Quiero dejar una reseña.', 'Una sugerencia: deberían ofrecer más colores.']),
  ...labelled('contact_request', ['¿Cuál es su número de teléfono?', 'Quiero hablar con una persona.', 'Por favor, llámenme.']),
  ...labelled('account', ['Olvidé mi contraseña.', 'Quiero eliminar mi cuenta.', 'No puedo iniciar sesión en mi cuenta.']),
  ...labelled('other', ['Gracias, eso es todo.', 'Estoy fuera de la oficina hasta el lunes.', 'Somos una agencia de marketing y queremos ofrecerle nuestros servicios.']),
];
