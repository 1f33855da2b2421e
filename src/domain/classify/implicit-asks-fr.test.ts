// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'fr',
  {
    withdraw_consent: [
      'Je reprends mon accord pour la newsletter.',
      "Je ne suis plus d'accord pour que vous utilisiez mes données à des fins publicitaires.",
      "Décochez tout ce que j'ai coché à l'inscription.",
      "J'ai dit oui aux cookies par erreur, annulez ça svp.",
      'Je ne vous autorise plus à utiliser mes données.',
      "Le oui que j'ai donné pour les cookies, je le retire.",
      "J'ai changé d'avis sur ce que j'avais accepté à l'inscription.",
    ],
    restriction: [
      'Gelez mes données le temps de vérifier ma réclamation.',
      'Mettez mes données en attente tant que ma plainte est en cours.',
      'Gardez mes données mais ne les utilisez plus pour le moment.',
      "Ne supprimez rien pour l'instant, mais arrêtez de vous servir de mes données jusqu'à ce que ce soit réglé.",
      "Bloquez mes données jusqu'à ce que vous ayez vérifié l'adresse.",
      "Tant que vous n'avez pas examiné ma réclamation, ne faites rien avec mes données.",
    ],
    objection: [
      'Je ne veux pas que vous analysiez mes habitudes.',
      "Arrêtez d'utiliser mes données pour vos recherches.",
      'Je refuse d’être profilé.',
      'Ne faites pas de profil de moi.',
      'Je ne veux pas que mes données servent à entraîner votre IA.',
      'Je ne veux plus être analysé ni surveillé.',
    ],
    rectification: [
      'Vous vous êtes trompés sur ma date de naissance, c’est le 3 mars 1985.',
      "Mon nom s'écrit Dupont avec un t.",
      "Mon adresse n'est plus à jour, j'habite maintenant au 5 rue des Lilas.",
      'Mon nom est mal orthographié sur mon compte.',
      'Mon numéro de téléphone est faux.',
      "Mettez à jour mon adresse e-mail, l'ancienne n'existe plus.",
    ],
    portability: [
      'Envoyez-moi mes données dans un fichier que mon nouveau fournisseur peut lire.',
      'Transférez mes données directement à mon nouveau prestataire.',
      "Exportez tout ce que j'ai chez vous pour que je puisse passer chez un concurrent.",
      'Je voudrais mes données dans un format lisible par machine.',
      'Je change de fournisseur, donnez-moi mes données pour que je les emporte.',
    ],
    access: [
      "Qu'est-ce que vous savez sur moi ?",
      "D'où tenez-vous mon adresse ?",
      'Montrez-moi ce que vous avez sur moi.',
      'À quoi servent mes données chez vous ?',
    ],
    erasure: [
      'Oubliez-moi.',
      'Faites disparaître toutes mes données.',
      'Débarrassez-vous de tout ce que vous avez sur moi.',
      'Retirez-moi complètement de vos systèmes.',
      'Fermez mon compte et jetez toutes mes données.',
    ],
    opt_out_sale: [
      'Ne vendez pas mes données.',
      'Arrêtez de partager mes infos avec des annonceurs.',
      'Gardez mes données pour vous, ne les transmettez pas à des tiers.',
      'Je ne veux pas que mes données finissent chez des courtiers.',
    ],
  },
  [
    'Est-ce que je pourrai retirer mon accord plus tard ?',
    'Comment modifier mon adresse si elle est fausse ?',
    'Pouvez-vous geler le projet jusqu’à la validation du client ?',
    'Le montant de la facture est faux.',
    'Analysez-vous les habitudes de vos clients ?',
    'Pouvez-vous exporter les factures en CSV ?',
    'Débarrassez-vous des factures en double, svp.',
  ],
);
