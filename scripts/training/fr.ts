/** Hand-written French examples, a few per intent. */
import { labelled } from './labelled';

export const FR = [
  ...labelled('where_is_my_order', ['Où est ma commande ?', "Ma commande #7720 n'est toujours pas arrivée.", 'Bonjour, quand mon colis sera-t-il livré ? Le suivi ne bouge pas.']),
  ...labelled('shipping_question', ['Livrez-vous en Belgique ?', "Combien coûte l'expédition ?", 'Proposez-vous la livraison express ?']),
  ...labelled('address_change', ["Je voudrais changer l'adresse de livraison.", "J'ai déménagé, merci de modifier l'adresse de ma commande.", "Je me suis trompé de code postal dans l'adresse."]),
  ...labelled('cancel_order', ['Je souhaite annuler ma commande.', 'Merci d’annuler la commande 66231.', "Puis-je encore annuler avant l'expédition ?"]),
  ...labelled('modify_order', ['Puis-je modifier ma commande ?', 'Je voudrais ajouter un article à ma commande.', 'Merci de changer la taille de ma commande de M à L.']),
  ...labelled('return_request', ["Je voudrais retourner l'article.", "Comment faire un retour ? J'ai besoin d'une étiquette de retour.", 'Les chaussures ne me vont pas, je veux les renvoyer.']),
  ...labelled('exchange', ['Puis-je échanger la veste contre une taille plus grande ?', 'Je voudrais échanger la chemise contre une autre couleur.', "Un échange de taille est-il possible ?"]),
  ...labelled('refund', ['Quand serai-je remboursé ?', "J'attends toujours mon remboursement.", 'Je veux être remboursé.']),
  ...labelled('damaged_item', ['Le produit est arrivé endommagé.', 'La tasse est arrivée cassée.', "L'appareil ne fonctionne pas, il est défectueux."]),
  ...labelled('wrong_item', ["J'ai reçu le mauvais article.", "Vous m'avez envoyé la mauvaise taille.", "Ce n'est pas ce que j'ai commandé."]),
  ...labelled('missing_item', ['Il manque un article dans ma commande.', "Je n'ai reçu que deux des trois produits.", "Le chargeur n'était pas dans le carton."]),
  ...labelled('product_question', ['Cette veste est-elle imperméable ?', 'En quelle matière est le canapé ?', 'Quand ce produit sera-t-il de nouveau en stock ?']),
  ...labelled('pre_sale_question', ['Puis-je payer avec PayPal ?', 'Quels moyens de paiement acceptez-vous ?', 'Comment passer une commande ?']),
  ...labelled('payment_issue', ["J'ai été débité deux fois.", "Le paiement a échoué mais l'argent a été prélevé.", 'Ma carte est refusée au moment de payer.']),
  ...labelled('invoice', ["Pouvez-vous m'envoyer la facture ?", "J'ai besoin d'une facture avec TVA.", 'Où puis-je télécharger la facture de mon achat ?']),
  ...labelled('discount_request', ['Mon code promo ne fonctionne pas.', 'Avez-vous une réduction étudiante ?', "J'ai oublié d'utiliser mon bon de réduction."]),
  ...labelled('complaint', ['Je suis très mécontent de votre service.', 'Je souhaite déposer une réclamation.', "C'est inadmissible, personne ne répond à mes e-mails."]),
  ...labelled('feedback', ["J'adore le produit, merci !", 'Je voudrais laisser un avis.', 'Une suggestion : proposez plus de couleurs.']),
  ...labelled('contact_request', ['Quel est votre numéro de téléphone ?', 'Je voudrais parler à un conseiller.', 'Merci de me rappeler.']),
  ...labelled('account', ["J'ai oublié mon mot de passe.", 'Je veux supprimer mon compte.', "Je n'arrive pas à me connecter à mon compte."]),
  ...labelled('other', ["Merci, c'est tout.", "Je suis absent du bureau jusqu'à lundi.", 'Nous sommes une agence marketing et souhaitons vous proposer nos services.']),
];
