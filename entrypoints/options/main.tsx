import { mountExtensionPage } from '@/components/extension-page';
import { OptionsApp } from './OptionsApp';
import '@/components/styles.css';

mountExtensionPage(<OptionsApp />);
